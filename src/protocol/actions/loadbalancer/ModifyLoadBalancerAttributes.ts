import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ModifyLoadBalancerAttributes = defineAction({
  name: 'ModifyLoadBalancerAttributes',
  service: 'loadbalancer',
  summary:
    'Rename a load balancer at once, or stage a new security group, node count, private address or header size for UpdateLoadBalancers (is_applied 0).',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'loadbalancer' },
  params: {
    loadbalancer: p.id('loadbalancer').required().describe('one load balancer ID'),
    loadbalancer_name: p.string({ max: 256 }).keepEmpty().describe('new name'),
    description: p.string({ max: 1024 }).keepEmpty().describe('new description'),
    security_group: p.id('security_group').describe('its new security group'),
    node_count: p.int({ min: 1, max: 10 }).describe('new node count of a public load balancer'),
    private_ip: p.string({ max: 32 }).describe('new address of a private load balancer in its VxNet'),
    http_header_size: p.int({ min: 1, max: 127 }).describe('largest HTTP header in KB'),
  },
  response: {},
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
  binds: { params: ['loadbalancer', 'security_group'] },
})
