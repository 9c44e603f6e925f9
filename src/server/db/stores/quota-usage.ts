import type { Queryable } from '../database.js'
import { imageUsage } from './images.js'
import { instanceUsage } from './instances.js'
import { keypairUsage } from './keypairs.js'
import { projectUsage } from './projects.js'
import { eipUsage } from './eips.js'
import { routerUsage } from './routers.js'
import { ipsetUsage } from './security-group-sets.js'
import { securityGroupUsage } from './security-groups.js'
import { snapshotUsage } from './snapshots.js'
import { vxnetUsage } from './vxnets.js'
import { tagUsage } from './tags.js'
import { volumeUsage } from './volumes.js'

type Counter = (q: Queryable, owner: string, zone_id: string) => Promise<Record<string, number>>

/**
 * What an owner holds in a zone, per quota key, for every key qingstack counts. Each counter
 * answers a few keys from one query; a new resource type adds its counter here.
 */
const counters: Array<{ keys: readonly string[]; count: Counter }> = [
  { keys: ['instance', 'cpu', 'memory'], count: instanceUsage },
  { keys: ['volume', 'volume_size'], count: volumeUsage },
  { keys: ['keypair'], count: async (q, owner, zone) => ({ keypair: await keypairUsage(q, owner, zone) }) },
  { keys: ['image'], count: async (q, owner, zone) => ({ image: await imageUsage(q, owner, zone) }) },
  { keys: ['snapshot'], count: async (q, owner, zone) => ({ snapshot: await snapshotUsage(q, owner, zone) }) },
  { keys: ['eip', 'eip_bandwidth'], count: eipUsage },
  { keys: ['security_group'], count: async (q, owner, zone) => ({ security_group: await securityGroupUsage(q, owner, zone) }) },
  { keys: ['vxnet'], count: async (q, owner, zone) => ({ vxnet: await vxnetUsage(q, owner, zone) }) },
  { keys: ['router'], count: async (q, owner, zone) => ({ router: await routerUsage(q, owner, zone) }) },
  { keys: ['security_group_ipset'], count: async (q, owner, zone) => ({ security_group_ipset: await ipsetUsage(q, owner, zone) }) },
  { keys: ['tag'], count: async (q, owner, zone) => ({ tag: await tagUsage(q, owner, zone) }) },
  { keys: ['project'], count: async (q, owner) => ({ project: await projectUsage(q, owner) }) },
]

/** Keys qingstack enforces. */
export const countedQuotaKeys: readonly string[] = counters.flatMap((c) => c.keys)

/** Usage of `keys` (only the counters needed run). */
export async function quotaUsage(q: Queryable, owner: string, zone_id: string, keys: readonly string[]): Promise<Record<string, number>> {
  const usage: Record<string, number> = {}
  for (const counter of counters) {
    if (counter.keys.some((key) => keys.includes(key))) Object.assign(usage, await counter.count(q, owner, zone_id))
  }
  return usage
}
