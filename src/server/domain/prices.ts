/**
 * The price table (docs/cost.md): CNY per hour of each billable resource, by kind and size. Prices
 * are kept as whole ten-thousandths of a yuan ("units") so that sums are exact; the wire shows them
 * as strings with at most four decimals, as QingCloud does (docs/compat.md#billing-charges).
 */

/** One yuan in units: prices have four decimals. */
export const UNITS_PER_YUAN = 10_000

export interface InstanceRate {
  /** Per vCPU and hour. */
  cpu: number
  /** Per GB of memory and hour. */
  memory_gb: number
}

export interface PriceTable {
  /** By instance_class (0 performance, 1 high performance, 101 basic, 201 enterprise). */
  instance: Record<string, InstanceRate>
  /** Per GB and hour, by volume_type. */
  volume: Record<string, number>
  /** `bandwidth`: per Mbps and hour; `traffic`: per hour for the address (traffic itself is not metered). */
  eip: { bandwidth: number; traffic: number }
  /** Per hour, by router_type (0 medium, 1 small, 2 large). */
  router: Record<string, number>
}

/** Parses "0.0600" (or a JSON number) into units; undefined when it is not a price with at most four decimals. */
export function toUnits(value: unknown): number | undefined {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value
  if (typeof text !== 'string') return undefined
  const match = /^(\d{1,9})(?:\.(\d{1,4}))?$/.exec(text.trim())
  if (!match) return undefined
  return Number(match[1]) * UNITS_PER_YUAN + Number((match[2] ?? '').padEnd(4, '0'))
}

/** Units as QingCloud shows money: at most four decimals, trailing zeros dropped ("0.09", "310.37", "0"). */
export function formatUnits(units: number): string {
  const whole = Math.round(units)
  const sign = whole < 0 ? '-' : ''
  const abs = Math.abs(whole)
  const decimals = String(abs % UNITS_PER_YUAN)
    .padStart(4, '0')
    .replace(/0+$/, '')
  return `${sign}${Math.floor(abs / UNITS_PER_YUAN)}${decimals ? '.' + decimals : ''}`
}

const u = (text: string): number => toUnits(text)!

/**
 * The defaults, in the spirit of QingCloud's public price list (docs/cost.md shows them): a 1-core,
 * 1 GB performance instance costs 0.0900 an hour, 100 GB of performance volume 0.0700, a 4 Mbps EIP
 * 0.1600, a small router 0.0500.
 */
export const defaultPrices: PriceTable = {
  instance: {
    '0': { cpu: u('0.0600'), memory_gb: u('0.0300') },
    '1': { cpu: u('0.0900'), memory_gb: u('0.0450') },
    '101': { cpu: u('0.0400'), memory_gb: u('0.0200') },
    '201': { cpu: u('0.1100'), memory_gb: u('0.0550') },
  },
  volume: { '0': u('0.0007'), '2': u('0.0003'), '3': u('0.0014'), '5': u('0.0020'), '100': u('0.0005'), '200': u('0.0010') },
  eip: { bandwidth: u('0.0400'), traffic: u('0.0200') },
  router: { '0': u('0.1000'), '1': u('0.0500'), '2': u('0.2000') },
}

/** What decides a resource's hourly price, as its lease records it. */
export type PriceSpec =
  | { resource_type: 'instance'; instance_class: number; vcpus: number; memory_mb: number }
  | { resource_type: 'volume'; volume_type: number; size: number }
  | { resource_type: 'eip'; billing_mode: string; bandwidth: number }
  | { resource_type: 'router'; router_type: number }

/** A size the table does not list is priced as the first one it lists (class 0, type 0…), never free. */
function pick<T>(table: Record<string, T>, key: number): T {
  return Object.hasOwn(table, String(key)) ? table[String(key)]! : Object.values(table)[0]!
}

/** The hourly price of a resource of this spec, in units. */
export function hourlyUnits(prices: PriceTable, spec: PriceSpec): number {
  switch (spec.resource_type) {
    case 'instance': {
      const rate = pick(prices.instance, spec.instance_class)
      return rate.cpu * spec.vcpus + Math.round((rate.memory_gb * spec.memory_mb) / 1024)
    }
    case 'volume':
      return pick(prices.volume, spec.volume_type) * spec.size
    case 'eip':
      return spec.billing_mode === 'traffic' ? prices.eip.traffic : prices.eip.bandwidth * spec.bandwidth
    case 'router':
      return pick(prices.router, spec.router_type)
  }
}

/** A bad override: the key path it names, and why. */
export class PriceTableError extends Error {
  constructor(
    readonly key: string,
    reason: string,
  ) {
    super(`${key}: ${reason}`)
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function price(value: unknown, key: string): number {
  const units = toUnits(value)
  if (units === undefined)
    throw new PriceTableError(key, `must be a price such as "0.0600" (at most four decimals), got ${JSON.stringify(value)}`)
  return units
}

function sizes(value: unknown, key: string, each: (v: unknown, k: string) => void): void {
  if (!isObject(value)) throw new PriceTableError(key, 'must be an object')
  for (const [size, v] of Object.entries(value)) {
    if (!/^\d{1,4}$/.test(size)) throw new PriceTableError(`${key}.${size}`, 'is not a size number')
    each(v, `${key}.${size}`)
  }
}

/**
 * The defaults with an override file's figures laid over them (docs/cost.md#override): the same
 * shape, any subset of keys. An unknown key or a bad figure throws a PriceTableError naming it.
 */
export function mergePrices(override: unknown, base: PriceTable = defaultPrices): PriceTable {
  const out: PriceTable = structuredClone(base)
  if (override === null || override === undefined) return out
  if (!isObject(override)) throw new PriceTableError('(top)', 'must be an object with instance, volume, eip and router')
  for (const [kind, value] of Object.entries(override)) {
    if (kind === 'instance') {
      sizes(value, kind, (rate, key) => {
        if (!isObject(rate)) throw new PriceTableError(key, 'must be an object with cpu and memory_gb')
        const current = out.instance[key.slice(kind.length + 1)] ?? { cpu: 0, memory_gb: 0 }
        for (const [field, v] of Object.entries(rate)) {
          if (field !== 'cpu' && field !== 'memory_gb') throw new PriceTableError(`${key}.${field}`, 'is not a key (cpu, memory_gb)')
          current[field] = price(v, `${key}.${field}`)
        }
        out.instance[key.slice(kind.length + 1)] = current
      })
    } else if (kind === 'volume' || kind === 'router') {
      sizes(value, kind, (v, key) => (out[kind][key.slice(kind.length + 1)] = price(v, key)))
    } else if (kind === 'eip') {
      if (!isObject(value)) throw new PriceTableError(kind, 'must be an object with bandwidth and traffic')
      for (const [mode, v] of Object.entries(value)) {
        if (mode !== 'bandwidth' && mode !== 'traffic') throw new PriceTableError(`eip.${mode}`, 'is not a key (bandwidth, traffic)')
        out.eip[mode] = price(v, `eip.${mode}`)
      }
    } else {
      throw new PriceTableError(kind, 'is not a key (instance, volume, eip, router)')
    }
  }
  return out
}
