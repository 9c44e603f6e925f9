import { ApiError } from '../../protocol/errors.js'
import type { Queryable } from '../db/database.js'
import { loadbalancerPolicies } from './lookups/loadbalancer_policy.js'
import { serverCertificates } from './lookups/server_certificate.js'

/**
 * What a listener or a backend names of the load balancer's own kind (docs/compat.md#server-certificates-in-use):
 * server certificates and a forwarding policy that exist in the zone and belong to the load balancer's
 * owner. The authorize stage has checked each id sent as a value of its own; ids sent together as
 * `a,b` are checked here, and another owner's read as unknown (2100).
 */
export async function requireCertificatesOf(q: Queryable, ids: readonly string[], where: { zone: string; owner: string }): Promise<void> {
  for (const row of await serverCertificates.all(q, ids, where.zone)) {
    if (row.owner !== where.owner) throw new ApiError('ResourceNotFound', { resource: 'server certificate', id: row.server_certificate_id })
  }
}

/** A backend's `loadbalancer_policy_id` ('' for none): a policy of the load balancer's owner in the zone. */
export async function requirePolicyOf(q: Queryable, id: string, where: { zone: string; owner: string }): Promise<void> {
  if (id === '') return
  const row = await loadbalancerPolicies.one(q, id, where.zone)
  if (row.owner !== where.owner) throw new ApiError('ResourceNotFound', { resource: 'load balancer policy', id })
}
