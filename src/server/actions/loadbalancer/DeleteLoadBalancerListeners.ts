import { isoAt } from '../../domain/clock.js'
import { backendsOfListeners, deleteBackends, deleteListeners, updateLoadbalancers } from '../../db/stores/loadbalancers.js'
import { unregisterResources } from '../../db/stores/resources.js'
import { loadbalancerListeners, loadbalancers } from '../../services/lookups/loadbalancer.js'
import type { Handler } from '../types.js'
import { requireEditable } from './moves.js'

/** A listener's backends go with it. */
export const DeleteLoadBalancerListeners: Handler<'DeleteLoadBalancerListeners'> = async (params, { tx, now, zone }) => {
  const rows = await loadbalancerListeners.all(tx.db, params.loadbalancer_listeners, zone)
  const lbIds = [...new Set(rows.map((row) => row.loadbalancer_id))]
  for (const lb of await loadbalancers.all(tx.db, lbIds, zone)) requireEditable(lb)
  const ids = rows.map((row) => row.loadbalancer_listener_id)
  const backends = (await backendsOfListeners(tx.db, ids)).map((row) => row.loadbalancer_backend_id)
  await deleteBackends(tx, backends)
  await deleteListeners(tx, ids)
  await unregisterResources(tx, [...ids, ...backends], isoAt(now))
  await updateLoadbalancers(tx, lbIds, { is_applied: 0 })
  return { loadbalancer_listeners: ids }
}
