import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { insertListeners, listenersOf, updateLoadbalancers, type ListenerRow } from '../../db/stores/loadbalancers.js'
import { registerNew } from '../../db/stores/resources.js'
import { requireCertificatesOf } from '../../services/loadbalancer-links.js'
import { loadbalancers } from '../../services/lookups/loadbalancer.js'
import type { Handler } from '../types.js'
import { certificateIds, certificateIdsOf, checkListener, portTaken } from './listeners.js'
import { requireEditable } from './moves.js'

/** Each listener on a port of its own (docs/compat.md#loadbalancer-listeners); defaults as QingCloud's page gives them. */
export const AddLoadBalancerListeners: Handler<'AddLoadBalancerListeners'> = async (params, { tx, zone, now, createIn }) => {
  const lb = await loadbalancers.one(tx.db, params.loadbalancer, zone)
  requireEditable(lb)
  if (params.listeners.length === 0) throw new ApiError('MissingParameter', { param: 'listeners' })
  const ports = new Set((await listenersOf(tx.db, [lb.loadbalancer_id])).map((row) => row.listener_port))
  const at = isoAt(now)
  const rows: ListenerRow[] = params.listeners.map((l, i) => {
    const prefix = `listeners.${i + 1}`
    if (ports.has(l.listener_port)) throw portTaken(l.listener_port, lb.loadbalancer_id, `${prefix}.listener_port`)
    ports.add(l.listener_port)
    const row: ListenerRow = {
      loadbalancer_listener_id: newId('lbl-'),
      loadbalancer_id: lb.loadbalancer_id,
      loadbalancer_listener_name: l.loadbalancer_listener_name?.trim() ?? '',
      listener_port: l.listener_port,
      listener_protocol: l.listener_protocol,
      backend_protocol: l.backend_protocol ?? (l.listener_protocol === 'https' ? 'http' : l.listener_protocol),
      balance_mode: l.balance_mode ?? 'roundrobin',
      session_sticky: l.session_sticky?.trim() ?? '',
      forwardfor: l.forwardfor ?? 0,
      healthy_check_method: l.healthy_check_method?.trim() ?? 'tcp',
      healthy_check_option: l.healthy_check_option?.trim() ?? '10|5|2|5',
      listener_option: l.listener_option ?? 0,
      timeout: l.timeout ?? 50,
      scene: l.scene ?? 0,
      server_certificate_id: JSON.stringify(certificateIds(l.server_certificate_id, `${prefix}.server_certificate_id`)),
      owner: lb.owner,
      zone_id: zone,
      create_time: at,
    }
    checkListener(row, prefix)
    return row
  })
  for (const row of rows) await requireCertificatesOf(tx.db, certificateIdsOf(row), { zone, owner: lb.owner })
  await insertListeners(tx, rows)
  const ids = rows.map((row) => row.loadbalancer_listener_id)
  await registerNew({ tx, createIn }, 'loadbalancer_listener', ids, { owner: lb.owner, zone_id: zone, create_time: at })
  await updateLoadbalancers(tx, [lb.loadbalancer_id], { is_applied: 0 })
  return { loadbalancer_listeners: ids }
}
