import { isoAt } from '../../domain/clock.js'
import { deleteBackends, updateLoadbalancers } from '../../db/stores/loadbalancers.js'
import { unregisterResources } from '../../db/stores/resources.js'
import { loadbalancerBackends, loadbalancers } from '../../services/lookups/loadbalancer.js'
import type { Handler } from '../types.js'
import { requireEditable } from './moves.js'

export const DeleteLoadBalancerBackends: Handler<'DeleteLoadBalancerBackends'> = async (params, { tx, now, zone }) => {
  const rows = await loadbalancerBackends.all(tx.db, params.loadbalancer_backends, zone)
  const lbIds = [...new Set(rows.map((row) => row.loadbalancer_id))]
  for (const lb of await loadbalancers.all(tx.db, lbIds, zone)) requireEditable(lb)
  const ids = rows.map((row) => row.loadbalancer_backend_id)
  await deleteBackends(tx, ids)
  await unregisterResources(tx, ids, isoAt(now))
  await updateLoadbalancers(tx, lbIds, { is_applied: 0 })
  return { loadbalancer_backends: ids }
}
