import { ApiError } from '../../../protocol/errors.js'
import { formatIp, lowestFree, parseIp, randomAddresses, type AddressRange } from '../../domain/addresses.js'
import type { Tx } from '../../db/database.js'
import { allTakenEipAddresses, takenEipAddresses } from '../../db/stores/eips.js'

/**
 * `count` public addresses no EIP holds, as private addresses are found (instance/addresses.ts):
 * random probes, then the lowest free ones. The unique `held_addr` index is the guarantee: of two
 * transactions (or processes) picking the same address only one commits, the other is rerun.
 */
export async function allocateEipAddresses(tx: Tx, range: AddressRange, count: number): Promise<string[]> {
  const chosen = new Set<string>()
  for (let round = 0; round < 3 && chosen.size < count; round++) {
    const candidates = randomAddresses(range, (count - chosen.size) * 4 + 8)
      .map(formatIp)
      .filter((ip) => !chosen.has(ip))
    const taken = await takenEipAddresses(tx.db, candidates)
    for (const ip of candidates) if (!taken.has(ip) && chosen.size < count) chosen.add(ip)
  }
  if (chosen.size < count) {
    const taken = new Set([...(await allTakenEipAddresses(tx.db)), ...chosen].map((ip) => parseIp(ip)!))
    for (const n of lowestFree(range, taken, count - chosen.size)) chosen.add(formatIp(n))
  }
  if (chosen.size < count) {
    throw new ApiError('InsufficientResources', {
      reason: `the public address pool has no free address left for ${count} more EIP${count > 1 ? 's' : ''}`,
    })
  }
  return [...chosen]
}
