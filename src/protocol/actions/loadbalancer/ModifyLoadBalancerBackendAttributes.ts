import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ModifyLoadBalancerBackendAttributes = defineAction({
  name: 'ModifyLoadBalancerBackendAttributes',
  service: 'loadbalancer',
  summary: "Change a backend's name, port, weight, policy or disabled flag; its load balancer needs UpdateLoadBalancers (is_applied 0).",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'loadbalancer' },
  params: {
    loadbalancer_backend: p.id('loadbalancer_backend').required().describe('one backend ID'),
    loadbalancer_backend_name: p.string({ max: 256 }).keepEmpty().describe('new name'),
    port: p.int({ min: 1, max: 65535 }).describe('new port'),
    weight: p.int({ min: 1, max: 100 }).describe('new weight, 1-100'),
    disabled: p.int({ allowed: [0, 1] }).describe('1 disables the backend (kept, not served), 0 enables it'),
    loadbalancer_policy_id: p
      .id('loadbalancer_policy')
      .keepEmpty()
      .describe('a forwarding policy ID (lbp-), or empty for the listener itself'),
  },
  response: {},
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
  // A backend's policy is the load balancer owner's (docs/compat.md#server-certificates-in-use).
  binds: { params: ['loadbalancer_backend', 'loadbalancer_policy_id'] },
})
