import { z } from 'zod'
import { TagRef } from './tag.js'

/** Load balancer states (Go `LoadBalancer`); `resizing` is qingstack's (docs/compat.md#loadbalancer-states). */
export const loadbalancerStatuses = ['pending', 'active', 'stopped', 'suspended', 'deleted', 'ceased'] as const
export type LoadbalancerStatus = (typeof loadbalancerStatuses)[number]
export const loadbalancerTransitions = [
  '',
  'creating',
  'starting',
  'stopping',
  'updating',
  'resizing',
  'suspending',
  'resuming',
  'deleting',
] as const
export type LoadbalancerTransition = (typeof loadbalancerTransitions)[number]

export const listenerProtocols = ['http', 'https', 'tcp', 'udp'] as const
export const balanceModes = ['roundrobin', 'leastconn', 'source'] as const

/** A backend of a listener (DescribeLoadBalancerBackends record, Go `LoadBalancerBackend`). */
export const LoadbalancerBackend = z.object({
  loadbalancer_backend_id: z.string(),
  loadbalancer_backend_name: z.string(),
  loadbalancer_listener_id: z.string(),
  loadbalancer_id: z.string(),
  /** '' when the backend serves the listener's default route (docs/compat.md#loadbalancer-backends). */
  loadbalancer_policy_id: z.string(),
  resource_id: z.string(),
  port: z.number().int(),
  weight: z.number().int(),
  disabled: z.number().int(),
  /** up, down or abnormal: simulated from the backend's resource (docs/compat.md#loadbalancer-backends). */
  status: z.string(),
  create_time: z.string(),
  owner: z.string(),
})
export type LoadbalancerBackend = z.infer<typeof LoadbalancerBackend>

/** A listener (DescribeLoadBalancerListeners record, Go `LoadBalancerListener`). */
export const LoadbalancerListener = z.object({
  loadbalancer_listener_id: z.string(),
  loadbalancer_listener_name: z.string(),
  loadbalancer_id: z.string(),
  listener_port: z.number().int(),
  listener_protocol: z.string(),
  backend_protocol: z.string(),
  balance_mode: z.string(),
  session_sticky: z.string(),
  forwardfor: z.number().int(),
  healthy_check_method: z.string(),
  healthy_check_option: z.string(),
  listener_option: z.number().int(),
  timeout: z.number().int(),
  scene: z.number().int(),
  /** The certificates of an HTTPS listener, a list as the Go SDK decodes it (docs/compat.md#loadbalancer-listeners). */
  server_certificate_id: z.array(z.string()),
  create_time: z.string(),
  owner: z.string(),
  /** Only with `verbose=1`. */
  backends: z.array(LoadbalancerBackend).optional(),
})
export type LoadbalancerListener = z.infer<typeof LoadbalancerListener>

/** DescribeLoadBalancers record (Go `LoadBalancer`). */
export const Loadbalancer = z.object({
  loadbalancer_id: z.string(),
  loadbalancer_name: z.string(),
  description: z.string().nullable(),
  loadbalancer_type: z.number().int(),
  node_count: z.number().int(),
  mode: z.number().int(),
  http_header_size: z.number().int(),
  is_applied: z.number().int(),
  status: z.enum(loadbalancerStatuses),
  transition_status: z.enum(loadbalancerTransitions),
  sub_code: z.number().int(),
  create_time: z.string(),
  status_time: z.string(),
  security_group_id: z.string(),
  vxnet_id: z.string(),
  private_ips: z.array(z.string()),
  /** Its EIPs; `[]` for a load balancer in a private VxNet. */
  eips: z.array(z.object({ eip_id: z.string(), eip_name: z.string(), eip_addr: z.string() })),
  /** Cluster EIPs of QingCloud's multi-node mode: always `[]` here (docs/compat.md#loadbalancer-network). */
  cluster: z.array(z.object({ eip_id: z.string(), eip_name: z.string(), eip_addr: z.string() })),
  owner: z.string(),
  zone_id: z.string(),
  tags: z.array(TagRef),
  /** Only with `verbose=1`. */
  listeners: z.array(LoadbalancerListener).optional(),
})
export type Loadbalancer = z.infer<typeof Loadbalancer>
