import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const JoinRouter = defineAction({
  name: 'JoinRouter',
  service: 'router',
  summary: 'Join a managed VxNet to a router with an ip_network; its instances get addresses from the DHCP range.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'router', operation: 'modify' },
  params: {
    vxnet: p.id('vxnet').required().describe('a managed VxNet joined to no router'),
    router: p.id('router').required().describe('the router, active or poweroffed'),
    ip_network: p
      .string({ max: 32 })
      .required()
      .example('192.168.1.0/24')
      .describe("a /24 in 192.168.x.0 or 172.16.x.0, inside the router's vpc_network"),
    manager_ip: p.string({ max: 32 }).describe("the router's address in it; default .1"),
    dyn_ip_start: p.string({ max: 32 }).describe('first DHCP address; default .2'),
    dyn_ip_end: p.string({ max: 32 }).describe('last DHCP address; default .254'),
    features: p
      .int({ allowed: [0, 1, 2, 3] })
      .default(1)
      .describe('1 DHCP, 2 private DNS, 3 both'),
  },
  response: {
    router_id: z.string(),
    vxnet_id: z.string(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
  binds: { params: ['router', 'vxnet'] },
})
