import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { backendsOfListeners, insertBackends, updateLoadbalancers, type BackendRow } from '../../db/stores/loadbalancers.js'
import { registerNew } from '../../db/stores/resources.js'
import { requirePolicyOf } from '../../services/loadbalancer-links.js'
import { loadbalancerListeners, loadbalancers } from '../../services/lookups/loadbalancer.js'
import type { Handler } from '../types.js'
import { checkBackendResource, policyId } from './backends.js'
import { requireEditable } from './moves.js'

/** The same resource and port under the same policy is one backend: a second is refused (docs/compat.md#loadbalancer-backends). */
export const AddLoadBalancerBackends: Handler<'AddLoadBalancerBackends'> = async (params, { tx, zone, now, createIn }) => {
  const listener = await loadbalancerListeners.one(tx.db, params.loadbalancer_listener, zone)
  const lb = await loadbalancers.one(tx.db, listener.loadbalancer_id, zone)
  requireEditable(lb)
  if (params.backends.length === 0) throw new ApiError('MissingParameter', { param: 'backends' })
  const key = (b: Pick<BackendRow, 'resource_id' | 'port' | 'loadbalancer_policy_id'>) =>
    `${b.resource_id}/${b.port}/${b.loadbalancer_policy_id}`
  const taken = new Set((await backendsOfListeners(tx.db, [listener.loadbalancer_listener_id])).map(key))
  const at = isoAt(now)
  const rows: BackendRow[] = []
  for (const [i, b] of params.backends.entries()) {
    const prefix = `backends.${i + 1}`
    await checkBackendResource(tx.db, b.resource_id, zone, `${prefix}.resource_id`)
    const row: BackendRow = {
      loadbalancer_backend_id: newId('lbb-'),
      loadbalancer_listener_id: listener.loadbalancer_listener_id,
      loadbalancer_id: lb.loadbalancer_id,
      loadbalancer_backend_name: b.loadbalancer_backend_name?.trim() ?? '',
      resource_id: b.resource_id,
      port: b.port,
      weight: b.weight,
      disabled: 0,
      loadbalancer_policy_id: policyId(b.loadbalancer_policy_id, `${prefix}.loadbalancer_policy_id`),
      owner: lb.owner,
      zone_id: zone,
      create_time: at,
    }
    await requirePolicyOf(tx.db, row.loadbalancer_policy_id, { zone, owner: lb.owner })
    if (taken.has(key(row))) {
      throw new ApiError('PermissionDenied', {
        reason: `[${row.resource_id}] port ${row.port} is already a backend of listener [${listener.loadbalancer_listener_id}] (${prefix})`,
      })
    }
    taken.add(key(row))
    rows.push(row)
  }
  await insertBackends(tx, rows)
  const ids = rows.map((row) => row.loadbalancer_backend_id)
  await registerNew({ tx, createIn }, 'loadbalancer_backend', ids, { owner: lb.owner, zone_id: zone, create_time: at })
  await updateLoadbalancers(tx, [lb.loadbalancer_id], { is_applied: 0 })
  return { loadbalancer_backends: ids }
}
