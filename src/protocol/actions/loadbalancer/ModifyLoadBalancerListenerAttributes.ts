import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { listenerSettings } from './fields.js'

export const ModifyLoadBalancerListenerAttributes = defineAction({
  name: 'ModifyLoadBalancerListenerAttributes',
  service: 'loadbalancer',
  summary: "Change a listener's name, balancing, stickiness, health check, headers, timeout or certificates (is_applied 0).",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'loadbalancer' },
  params: {
    loadbalancer_listener: p.id('loadbalancer_listener').required().describe('one listener ID'),
    server_certificate_id: p
      .list(p.id('server_certificate'), { maxItems: 10 })
      .describe('server certificate IDs (sc-), several also as `a,b`'),
    ...listenerSettings,
    loadbalancer_listener_name: listenerSettings.loadbalancer_listener_name.keepEmpty(),
    session_sticky: listenerSettings.session_sticky.keepEmpty(),
  },
  response: {},
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
  // A listener's certificates are the load balancer owner's (docs/compat.md#server-certificates-in-use).
  binds: { params: ['loadbalancer_listener', 'server_certificate_id'] },
})
