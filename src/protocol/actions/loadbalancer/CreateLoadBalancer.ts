import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const CreateLoadBalancer = defineAction({
  name: 'CreateLoadBalancer',
  service: 'loadbalancer',
  summary: 'Create a load balancer with EIPs (public, in vxnet-0) or in a VxNet (private): pending/creating, then active.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'loadbalancer', operation: 'modify' },
  params: {
    eips: p.list(p.id('eip'), { maxItems: 4 }).describe('available EIPs (at most 4) of a public load balancer'),
    vxnet: p.id('vxnet').describe('vxnet-0 (public), or the managed VxNet of a private load balancer'),
    private_ip: p.string({ max: 32 }).describe("a private load balancer's address in its VxNet; default: one from the DHCP range"),
    loadbalancer_type: p
      .int({ allowed: [0, 1, 2, 3, 4, 5] })
      .default(0)
      .describe('maximum connections: 0 5k, 1 20k, 2 40k, 3 100k, 4 200k, 5 500k'),
    loadbalancer_name: p.string({ max: 256 }).describe('name'),
    security_group: p.id('security_group').describe("its security group; default: the caller's default group"),
    node_count: p.int({ min: 1, max: 10 }).describe('nodes of a public load balancer, default 2'),
    mode: p
      .int({ allowed: [0, 1] })
      .default(0)
      .describe('0 normal, 1 simple (kept and shown)'),
    cluster_mode: p
      .int({ allowed: [0, 1] })
      .default(0)
      .describe('accepted as the Go SDK sends it'),
    http_header_size: p.int({ min: 1, max: 127 }).default(15).describe('largest HTTP header in KB, default 15'),
    place_group_id: p.string({ max: 64 }).describe('accepted as the Go SDK sends it; ignored'),
    target_user: p.id('user').describe('create for this user; only the caller is accepted'),
  },
  response: {
    loadbalancer_id: z.string(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied', 'QuotaExceeded', 'InsufficientResources'],
  binds: { params: ['eips', 'vxnet', 'security_group'], toNew: true },
})
