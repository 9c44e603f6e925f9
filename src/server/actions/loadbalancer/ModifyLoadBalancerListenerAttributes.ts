import { updateListener, updateLoadbalancers, type ListenerRow } from '../../db/stores/loadbalancers.js'
import { requireCertificatesOf } from '../../services/loadbalancer-links.js'
import { loadbalancerListeners, loadbalancers } from '../../services/lookups/loadbalancer.js'
import type { Handler } from '../types.js'
import { certificateIds, certificateIdsOf, checkListener } from './listeners.js'
import { requireEditable } from './moves.js'

/** The changed listener is checked whole, as AddLoadBalancerListeners checks a new one (docs/compat.md#loadbalancer-listeners). */
export const ModifyLoadBalancerListenerAttributes: Handler<'ModifyLoadBalancerListenerAttributes'> = async (params, { tx, zone }) => {
  const listener = await loadbalancerListeners.one(tx.db, params.loadbalancer_listener, zone)
  const lb = await loadbalancers.one(tx.db, listener.loadbalancer_id, zone)
  requireEditable(lb)
  const changes: Partial<ListenerRow> = {}
  if (params.loadbalancer_listener_name !== undefined) changes.loadbalancer_listener_name = params.loadbalancer_listener_name.trim()
  if (params.balance_mode !== undefined) changes.balance_mode = params.balance_mode
  if (params.session_sticky !== undefined) changes.session_sticky = params.session_sticky.trim()
  if (params.forwardfor !== undefined) changes.forwardfor = params.forwardfor
  if (params.healthy_check_method !== undefined) changes.healthy_check_method = params.healthy_check_method.trim()
  if (params.healthy_check_option !== undefined) changes.healthy_check_option = params.healthy_check_option.trim()
  if (params.listener_option !== undefined) changes.listener_option = params.listener_option
  if (params.timeout !== undefined) changes.timeout = params.timeout
  if (params.scene !== undefined) changes.scene = params.scene
  if (params.server_certificate_id !== undefined) {
    changes.server_certificate_id = JSON.stringify(certificateIds(params.server_certificate_id, 'server_certificate_id'))
  }
  if (Object.keys(changes).length === 0) return {}
  checkListener({ ...listener, ...changes }, '')
  if (changes.server_certificate_id !== undefined) {
    await requireCertificatesOf(tx.db, certificateIdsOf({ server_certificate_id: changes.server_certificate_id }), {
      zone,
      owner: lb.owner,
    })
  }
  await updateListener(tx, listener.loadbalancer_listener_id, changes)
  await updateLoadbalancers(tx, [lb.loadbalancer_id], { is_applied: 0 })
  return {}
}
