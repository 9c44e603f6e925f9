import { ApiError } from '../../protocol/errors.js'
import { formatIp, lowestFree, parseIp, randomAddresses, type AddressRange } from '../domain/addresses.js'
import type { Tx } from '../db/database.js'
import { allTakenAddresses, takenAddresses } from '../db/stores/nics.js'

/** Random probes per round, relative to the number of addresses still wanted. */
const PROBES_PER_ADDRESS = 4
const PROBE_ROUNDS = 3

/**
 * `count` free addresses of `range` in one network of one zone (the base network's pool, or a
 * managed VxNet's DHCP range). Random probes find free addresses in a few indexed lookups while
 * the pool is not nearly full; past that, one read of the network's addresses finds the lowest
 * free ones. The unique index on (zone, vxnet, address) backs this: of two transactions that pick
 * the same address only one commits, the other is retried. An exhausted pool answers 5200.
 */
export async function allocateAddresses(
  tx: Tx,
  input: { zone_id: string; vxnet_id: string; range: AddressRange; count: number },
): Promise<string[]> {
  const { zone_id, vxnet_id, range, count } = input
  const chosen = new Set<string>()
  for (let round = 0; round < PROBE_ROUNDS && chosen.size < count; round++) {
    const candidates = randomAddresses(range, (count - chosen.size) * PROBES_PER_ADDRESS + 8)
      .map(formatIp)
      .filter((ip) => !chosen.has(ip))
    const taken = await takenAddresses(tx.db, zone_id, vxnet_id, candidates)
    for (const ip of candidates) if (!taken.has(ip) && chosen.size < count) chosen.add(ip)
  }
  if (chosen.size < count) {
    const taken = new Set([...(await allTakenAddresses(tx.db, zone_id, vxnet_id)), ...chosen].map((ip) => parseIp(ip)!))
    for (const n of lowestFree(range, taken, count - chosen.size)) chosen.add(formatIp(n))
  }
  if (chosen.size < count) {
    throw new ApiError('InsufficientResources', {
      reason: `vxnet [${vxnet_id}] has no free address left for ${count} more NIC${count > 1 ? 's' : ''}`,
    })
  }
  return [...chosen]
}
