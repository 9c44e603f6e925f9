import { randomBytes, randomInt } from 'node:crypto'

/**
 * Private addresses and NIC ids (docs/compat.md#vxnet0-addresses, docs/compat.md#router-nic-ids). Addresses are unsigned 32-bit
 * numbers inside, dotted quads outside. A pool is an inclusive range; a managed VxNet's DHCP range
 * is one, the base network's per-zone pool another.
 */
export interface AddressRange {
  first: number
  last: number
}

/** The basic network every account may use (docs/compat.md#vxnet-0). */
export const baseVxnet = { vxnet_id: 'vxnet-0', vxnet_name: 'primary vxnet', vxnet_type: 1 } as const

export function formatIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.')
}

export function parseIp(text: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text.trim())
  if (!m) return undefined
  const parts = m.slice(1).map(Number)
  if (parts.some((n) => n > 255)) return undefined
  return ((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]!
}

/** vxnet-0 of every zone: 10.50.0.0/16, the range of the docs' example address 10.50.13.54. */
export const basePool: AddressRange = { first: parseIp('10.50.0.1')!, last: parseIp('10.50.255.254')! }

/** Hosts ending in .0 or .255 look like network or broadcast addresses to people: never hand them out. */
export function isHostAddress(n: number): boolean {
  const low = n & 255
  return low !== 0 && low !== 255
}

/** Up to `count` distinct random host addresses of `range`, to probe for free ones. */
export function randomAddresses(range: AddressRange, count: number): number[] {
  const size = range.last - range.first + 1
  const picked = new Set<number>()
  for (let tries = 0; picked.size < count && tries < count * 4; tries++) {
    const n = range.first + randomInt(size)
    if (isHostAddress(n)) picked.add(n)
  }
  return [...picked]
}

/** The lowest `count` host addresses of `range` not in `taken` (the exact, slower path). */
export function lowestFree(range: AddressRange, taken: ReadonlySet<number>, count: number): number[] {
  const free: number[] = []
  for (let n = range.first; n <= range.last && free.length < count; n++) {
    if (isHostAddress(n) && !taken.has(n)) free.push(n)
  }
  return free
}

/** A NIC id: a MAC address in QEMU's locally administered range `52:54:xx:xx:xx:xx`. */
export function newMac(): string {
  return ['52', '54', ...[...randomBytes(4)].map((b) => b.toString(16).padStart(2, '0'))].join(':')
}

/** `a.b.c.d/n` as the range of its host addresses (network and broadcast excluded); undefined when malformed. */
export function parseCidr(text: string): AddressRange | undefined {
  const [ip, bits, ...rest] = text.trim().split('/')
  const base = ip === undefined ? undefined : parseIp(ip)
  if (base === undefined || bits === undefined || rest.length > 0 || !/^\d{1,2}$/.test(bits)) return undefined
  const n = Number(bits)
  if (n < 8 || n > 30) return undefined
  const size = 2 ** (32 - n)
  const network = base - (base % size)
  if (network !== base) return undefined
  return { first: network + 1, last: network + size - 2 }
}

/** Whether `n` lies inside `range`. */
export function inRange(range: AddressRange, n: number): boolean {
  return n >= range.first && n <= range.last
}
