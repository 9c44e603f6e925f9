import type { Loadbalancer, LoadbalancerBackend, LoadbalancerListener } from '../../../protocol/records/loadbalancer.js'
import { wireTime } from '../../../protocol/time.js'
import { groupBy } from '../../domain/collections.js'
import type { Queryable } from '../../db/database.js'
import { eipsOfHolders } from '../../db/stores/eips.js'
import { findInstances } from '../../db/stores/instances.js'
import {
  backendsOfListeners,
  findLoadbalancers,
  listenersOf,
  type BackendRow,
  type ListenerRow,
  type LoadbalancerRow,
} from '../../db/stores/loadbalancers.js'
import { findRouters } from '../../db/stores/routers.js'
import { bindingsOfResources } from '../../db/stores/security-groups.js'
import { tagRefs } from '../../services/tag-refs.js'
import { certificateIdsOf } from './listeners.js'

/** Load balancers as DescribeLoadBalancers shows them; `verbose` adds their listeners. */
export async function loadbalancerRecords(q: Queryable, rows: readonly LoadbalancerRow[], verbose: boolean): Promise<Loadbalancer[]> {
  const ids = rows.map((row) => row.loadbalancer_id)
  const eips = groupBy(
    (await eipsOfHolders(q, ids)).filter((e) => e.status === 'associated'),
    (e) => e.resource_id!,
  )
  const groups = new Map((await bindingsOfResources(q, ids)).map((b) => [b.resource_id, b.security_group_id]))
  const tags = await tagRefs(q, ids)
  const listeners = verbose ? groupBy(await listenerRecords(q, await listenersOf(q, ids), false), (l) => l.loadbalancer_id) : undefined
  return rows.map((row) => {
    const record: Loadbalancer = {
      loadbalancer_id: row.loadbalancer_id,
      loadbalancer_name: row.loadbalancer_name,
      description: row.description,
      loadbalancer_type: row.loadbalancer_type,
      node_count: row.node_count,
      mode: row.mode,
      http_header_size: row.http_header_size,
      is_applied: row.is_applied,
      status: row.status,
      transition_status: row.transition_status,
      sub_code: row.sub_code,
      create_time: wireTime(row.create_time),
      status_time: wireTime(row.status_time),
      security_group_id: groups.get(row.loadbalancer_id) ?? '',
      vxnet_id: row.vxnet_id,
      private_ips: row.private_ip ? [row.private_ip] : [],
      eips: (eips.get(row.loadbalancer_id) ?? [])
        .sort((a, b) => a.eip_id.localeCompare(b.eip_id))
        .map((e) => ({ eip_id: e.eip_id, eip_name: e.eip_name, eip_addr: e.eip_addr })),
      cluster: [],
      owner: row.owner,
      zone_id: row.zone_id,
      tags: tags(row.loadbalancer_id),
    }
    if (listeners) record.listeners = listeners.get(row.loadbalancer_id) ?? []
    return record
  })
}

/** Listeners as DescribeLoadBalancerListeners shows them; `verbose` adds their backends. */
export async function listenerRecords(q: Queryable, rows: readonly ListenerRow[], verbose: boolean): Promise<LoadbalancerListener[]> {
  const backends = verbose
    ? groupBy(
        await backendRecords(
          q,
          await backendsOfListeners(
            q,
            rows.map((row) => row.loadbalancer_listener_id),
          ),
        ),
        (b) => b.loadbalancer_listener_id,
      )
    : undefined
  return rows.map((row) => {
    const record: LoadbalancerListener = {
      loadbalancer_listener_id: row.loadbalancer_listener_id,
      loadbalancer_listener_name: row.loadbalancer_listener_name,
      loadbalancer_id: row.loadbalancer_id,
      listener_port: row.listener_port,
      listener_protocol: row.listener_protocol,
      backend_protocol: row.backend_protocol,
      balance_mode: row.balance_mode,
      session_sticky: row.session_sticky,
      forwardfor: row.forwardfor,
      healthy_check_method: row.healthy_check_method,
      healthy_check_option: row.healthy_check_option,
      listener_option: row.listener_option,
      timeout: row.timeout,
      scene: row.scene,
      server_certificate_id: certificateIdsOf(row),
      create_time: wireTime(row.create_time),
      owner: row.owner,
    }
    if (backends) record.backends = backends.get(row.loadbalancer_listener_id) ?? []
    return record
  })
}

/**
 * Backends as DescribeLoadBalancerBackends shows them. `status` is simulated: up while the backend
 * is enabled, its load balancer active and its instance running (router active); an address
 * backend is up with its load balancer (docs/compat.md#loadbalancer-backends).
 */
export async function backendRecords(q: Queryable, rows: readonly BackendRow[]): Promise<LoadbalancerBackend[]> {
  const resourceIds = [...new Set(rows.map((row) => row.resource_id))]
  const instances = await findInstances(q, resourceIds)
  const routers = await findRouters(q, resourceIds)
  const known = new Set([...instances.map((i) => i.instance_id), ...routers.map((r) => r.router_id)])
  const live = new Set([
    ...instances.filter((i) => i.status === 'running').map((i) => i.instance_id),
    ...routers.filter((r) => r.status === 'active').map((r) => r.router_id),
  ])
  const active = new Set(
    (await findLoadbalancers(q, [...new Set(rows.map((row) => row.loadbalancer_id))]))
      .filter((lb) => lb.status === 'active')
      .map((lb) => lb.loadbalancer_id),
  )
  return rows.map((row) => {
    const resourceUp = known.has(row.resource_id) ? live.has(row.resource_id) : true
    return {
      loadbalancer_backend_id: row.loadbalancer_backend_id,
      loadbalancer_backend_name: row.loadbalancer_backend_name,
      loadbalancer_listener_id: row.loadbalancer_listener_id,
      loadbalancer_id: row.loadbalancer_id,
      loadbalancer_policy_id: row.loadbalancer_policy_id,
      resource_id: row.resource_id,
      port: row.port,
      weight: row.weight,
      disabled: row.disabled,
      status: row.disabled === 0 && active.has(row.loadbalancer_id) && resourceUp ? 'up' : 'down',
      create_time: wireTime(row.create_time),
      owner: row.owner,
    }
  })
}
