import { ApiError } from '../../protocol/errors.js'

/**
 * Per-user, per-zone resource quotas (docs/compat.md#quota-limits). Every key DescribeQuotas documents has a
 * limit; qingstack enforces those it counts (`counted`), before anything is written (2500).
 * `QINGSTACK_QUOTAS` overrides the defaults (README, Settings).
 */
export const defaultQuotas = {
  alarm_policy: 50,
  autoscaling_policy: 20,
  cache: 20,
  cache_parameter_group: 20,
  cluster: 20,
  cpu: 400,
  dedicated_host: 0,
  dedicated_host_group: 0,
  dns_alias: 20,
  eip: 50,
  eip_bandwidth: 1000,
  hadoop: 20,
  hbase: 20,
  hc_volume: 100,
  hc_volume_size: 50000,
  hdw: 10,
  hp_cache: 20,
  hp_cluster: 20,
  hp_cpu: 400,
  hp_dedicated_host: 0,
  hp_dedicated_host_group: 0,
  hp_hadoop: 20,
  hp_hbase: 20,
  hp_hdw: 10,
  hp_instance: 200,
  hp_memory: 819200,
  hp_mongo: 20,
  hp_queue: 20,
  hp_spark: 20,
  hp_storm: 20,
  hp_zookeeper: 20,
  hpp_rdb: 20,
  hpp_s2_server: 20,
  hpp_volume: 100,
  hpp_volume_size: 50000,
  image: 50,
  instance: 200,
  keypair: 100,
  launch_configuration: 20,
  loadbalancer: 20,
  loadbalancer_policy: 50,
  memory: 819200,
  mongo: 20,
  /** Projects a user owns, in every zone at once (docs/compat.md#project-gaps). */
  project: 20,
  queue: 20,
  rdb: 20,
  router: 20,
  s2_server: 20,
  scheduler: 20,
  security_group: 50,
  security_group_ipset: 100,
  server_certificate: 20,
  snapshot: 200,
  spark: 20,
  storm: 20,
  tag: 100,
  volume: 200,
  volume_size: 50000,
  vxnet: 50,
  zookeeper: 20,
} as const satisfies Record<string, number>

export type QuotaKey = keyof typeof defaultQuotas
export type QuotaLimits = Record<QuotaKey, number>

export function isQuotaKey(key: string): key is QuotaKey {
  return Object.hasOwn(defaultQuotas, key)
}

/** What a request would add, per quota key. */
export type QuotaRequest = Partial<Record<QuotaKey, number>>

/**
 * 2500 for the first key whose limit the request would pass, e.g.
 * `QuotaExceeded, quota [instance] is 10: 9 in use, 2 more requested`.
 */
export function checkQuotas(limits: QuotaLimits, usage: QuotaRequest, request: QuotaRequest): void {
  for (const [key, wanted] of Object.entries(request) as Array<[QuotaKey, number]>) {
    const used = usage[key] ?? 0
    if (wanted > 0 && used + wanted > limits[key]) {
      throw new ApiError('QuotaExceeded', { reason: `quota [${key}] is ${limits[key]}: ${used} in use, ${wanted} more requested` })
    }
  }
}

/** `limit − usage` for each key, never negative (a lowered limit may sit below what is held). */
export function quotaLeft(
  limits: QuotaLimits,
  usage: QuotaRequest,
  keys: readonly QuotaKey[],
): Array<{ resource_type: QuotaKey; left: number }> {
  return keys.map((key) => ({ resource_type: key, left: Math.max(0, limits[key] - (usage[key] ?? 0)) }))
}
