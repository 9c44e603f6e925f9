import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const CreateRouters = defineAction({
  name: 'CreateRouters',
  service: 'router',
  summary: 'Create routers: pending/creating, then active, each with an address in vxnet-0 and a security group.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'router', operation: 'modify' },
  params: {
    router_name: p.string({ max: 256 }).describe('name of the new routers'),
    router_type: p
      .int({ allowed: [0, 1, 2] })
      .default(1)
      .describe('0 medium, 1 small, 2 large'),
    vpc_network: p.enum(['192.168.0.0/16', '172.16.0.0/16']).default('192.168.0.0/16').describe('the address space of the VxNets it joins'),
    count: p.int({ min: 1, max: 100 }).default(1).describe('how many routers to create'),
    security_group: p.id('security_group').describe("its security group; default: the caller's default group"),
    target_user: p.id('user').describe('create for this user; only the caller is accepted'),
  },
  response: {
    routers: z.array(z.string()),
  },
  errors: ['InvalidParameter', 'ResourceNotFound', 'PermissionDenied', 'QuotaExceeded', 'InsufficientResources'],
  binds: { params: ['security_group'], toNew: true },
})
