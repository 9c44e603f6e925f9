import { resourceTypes, type CountedType, type QuotaKeysOf } from '../../../protocol/resource-types/index.js'
import type { Queryable } from '../database.js'
import { instanceUsage } from './instances.js'
import { liveCount } from './paging.js'
import { projectUsage } from './projects.js'
import { eipUsage } from './eips.js'
import { volumeUsage } from './volumes.js'

type Counter<K extends string> = (q: Queryable, owner: string, zone_id: string) => Promise<Record<K, number>>

/**
 * What an owner holds in a zone, per quota key: one counter for each type whose definition has
 * `quotaKeys`, answering exactly those keys from one query. A type that declares keys without a
 * counter here, or a counter answering other keys, does not compile.
 */
const countersByType: { [T in CountedType]: Counter<QuotaKeysOf<T>> } = {
  instance: instanceUsage,
  volume: volumeUsage,
  keypair: async (q, owner, zone) => ({ keypair: await liveCount(q, 'keypairs', owner, zone) }),
  // Ceased images and points, deleted and ceased routers and load balancers stay as rows; they count no more.
  image: async (q, owner, zone) => ({ image: await liveCount(q, 'images', owner, zone, ['ceased']) }),
  snapshot: async (q, owner, zone) => ({ snapshot: await liveCount(q, 'snapshots', owner, zone, ['ceased']) }),
  eip: eipUsage,
  security_group: async (q, owner, zone) => ({ security_group: await liveCount(q, 'security_groups', owner, zone) }),
  vxnet: async (q, owner, zone) => ({ vxnet: await liveCount(q, 'vxnets', owner, zone) }),
  router: async (q, owner, zone) => ({ router: await liveCount(q, 'routers', owner, zone, ['deleted', 'ceased']) }),
  loadbalancer: async (q, owner, zone) => ({ loadbalancer: await liveCount(q, 'loadbalancers', owner, zone, ['deleted', 'ceased']) }),
  security_group_ipset: async (q, owner, zone) => ({ security_group_ipset: await liveCount(q, 'security_group_ipsets', owner, zone) }),
  tag: async (q, owner, zone) => ({ tag: await liveCount(q, 'tags', owner, zone) }),
  project: async (q, owner) => ({ project: await projectUsage(q, owner) }),
  server_certificate: async (q, owner, zone) => ({ server_certificate: await liveCount(q, 'server_certificates', owner, zone) }),
  loadbalancer_policy: async (q, owner, zone) => ({ loadbalancer_policy: await liveCount(q, 'loadbalancer_policies', owner, zone) }),
}

const counters = (Object.keys(countersByType) as CountedType[]).map((type) => ({
  keys: resourceTypes[type].quotaKeys as readonly string[],
  count: countersByType[type] as Counter<string>,
}))

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
