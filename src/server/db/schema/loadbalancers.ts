import type { LoadbalancerStatus, LoadbalancerTransition } from '../../../protocol/records/loadbalancer.js'

export interface LoadbalancersTable {
  loadbalancer_id: string
  loadbalancer_name: string
  description: string | null
  loadbalancer_type: number
  node_count: number
  mode: number
  http_header_size: number
  /** vxnet-0 for a public load balancer, else its private VxNet. */
  vxnet_id: string
  private_ip: string
  is_applied: number
  status: LoadbalancerStatus
  transition_status: LoadbalancerTransition
  sub_code: number
  owner: string
  zone_id: string
  create_time: string
  status_time: string
}

export interface LoadbalancerListenersTable {
  loadbalancer_listener_id: string
  loadbalancer_id: string
  loadbalancer_listener_name: string
  listener_port: number
  listener_protocol: string
  backend_protocol: string
  balance_mode: string
  session_sticky: string
  forwardfor: number
  healthy_check_method: string
  healthy_check_option: string
  listener_option: number
  timeout: number
  scene: number
  /** The certificate ids, as JSON text (`["sc-…"]`). */
  server_certificate_id: string
  owner: string
  zone_id: string
  create_time: string
}

export interface LoadbalancerBackendsTable {
  loadbalancer_backend_id: string
  loadbalancer_listener_id: string
  loadbalancer_id: string
  loadbalancer_backend_name: string
  resource_id: string
  port: number
  weight: number
  disabled: number
  /** '' for the listener's default route. */
  loadbalancer_policy_id: string
  owner: string
  zone_id: string
  create_time: string
}
