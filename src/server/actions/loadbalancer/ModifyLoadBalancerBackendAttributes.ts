import { updateBackend, updateLoadbalancers, type BackendRow } from '../../db/stores/loadbalancers.js'
import { requirePolicyOf } from '../../services/loadbalancer-links.js'
import { loadbalancerBackends, loadbalancers } from '../../services/lookups/loadbalancer.js'
import type { Handler } from '../types.js'
import { policyId } from './backends.js'
import { requireEditable } from './moves.js'

export const ModifyLoadBalancerBackendAttributes: Handler<'ModifyLoadBalancerBackendAttributes'> = async (params, { tx, zone }) => {
  const backend = await loadbalancerBackends.one(tx.db, params.loadbalancer_backend, zone)
  const lb = await loadbalancers.one(tx.db, backend.loadbalancer_id, zone)
  requireEditable(lb)
  const changes: Partial<BackendRow> = {}
  if (params.loadbalancer_backend_name !== undefined) changes.loadbalancer_backend_name = params.loadbalancer_backend_name.trim()
  if (params.port !== undefined) changes.port = params.port
  if (params.weight !== undefined) changes.weight = params.weight
  if (params.disabled !== undefined) changes.disabled = params.disabled
  if (params.loadbalancer_policy_id !== undefined) {
    changes.loadbalancer_policy_id = policyId(params.loadbalancer_policy_id, 'loadbalancer_policy_id')
    await requirePolicyOf(tx.db, changes.loadbalancer_policy_id, { zone, owner: lb.owner })
  }
  if (Object.keys(changes).length === 0) return {}
  await updateBackend(tx, backend.loadbalancer_backend_id, changes)
  await updateLoadbalancers(tx, [lb.loadbalancer_id], { is_applied: 0 })
  return {}
}
