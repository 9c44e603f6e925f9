import { resourceTypes, type CountedType, type QuotaKeysOf } from '../../../protocol/resource-types/index.js'
import type { Queryable } from '../database.js'
import { imageUsage } from './images.js'
import { instanceUsage } from './instances.js'
import { keypairUsage } from './keypairs.js'
import { loadbalancerUsage } from './loadbalancers.js'
import { loadbalancerPolicyUsage } from './loadbalancer-policies.js'
import { projectUsage } from './projects.js'
import { eipUsage } from './eips.js'
import { routerUsage } from './routers.js'
import { ipsetUsage } from './security-group-sets.js'
import { securityGroupUsage } from './security-groups.js'
import { serverCertificateUsage } from './server-certificates.js'
import { snapshotUsage } from './snapshots.js'
import { vxnetUsage } from './vxnets.js'
import { tagUsage } from './tags.js'
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
  keypair: async (q, owner, zone) => ({ keypair: await keypairUsage(q, owner, zone) }),
  image: async (q, owner, zone) => ({ image: await imageUsage(q, owner, zone) }),
  snapshot: async (q, owner, zone) => ({ snapshot: await snapshotUsage(q, owner, zone) }),
  eip: eipUsage,
  security_group: async (q, owner, zone) => ({ security_group: await securityGroupUsage(q, owner, zone) }),
  vxnet: async (q, owner, zone) => ({ vxnet: await vxnetUsage(q, owner, zone) }),
  router: async (q, owner, zone) => ({ router: await routerUsage(q, owner, zone) }),
  loadbalancer: async (q, owner, zone) => ({ loadbalancer: await loadbalancerUsage(q, owner, zone) }),
  security_group_ipset: async (q, owner, zone) => ({ security_group_ipset: await ipsetUsage(q, owner, zone) }),
  tag: async (q, owner, zone) => ({ tag: await tagUsage(q, owner, zone) }),
  project: async (q, owner) => ({ project: await projectUsage(q, owner) }),
  server_certificate: async (q, owner, zone) => ({ server_certificate: await serverCertificateUsage(q, owner, zone) }),
  loadbalancer_policy: async (q, owner, zone) => ({ loadbalancer_policy: await loadbalancerPolicyUsage(q, owner, zone) }),
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
