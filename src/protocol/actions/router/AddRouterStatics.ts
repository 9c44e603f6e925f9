import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const AddRouterStatics = defineAction({
  name: 'AddRouterStatics',
  service: 'router',
  summary: 'Add router rules (port forwarding, VPN, DHCP options, tunnels, filters, DNS); effective on UpdateRouters.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'router', operation: 'modify' },
  params: {
    router: p.id('router').required().describe('the router'),
    vxnet: p.id('vxnet').describe('the joined VxNet the statics concern'),
    statics: p
      .objects({
        static_type: p
          .int({ min: 1, max: 8 })
          .required()
          .describe('1 port forwarding, 2 VPN, 3 DHCP option, 4 L2 GRE, 5 filter, 6 L3 GRE, 7 IPsec, 8 DNS'),
        router_static_name: p.string({ max: 256 }).describe('name'),
        val1: p.string({ max: 1024 }).describe('first value, as static_type says'),
        val2: p.string({ max: 1024 }).describe('second value'),
        val3: p.string({ max: 1024 }).describe('third value'),
        val4: p.string({ max: 1024 }).describe('fourth value'),
        val5: p.string({ max: 1024 }).describe('fifth value'),
        val6: p.string({ max: 1024 }).describe('sixth value'),
      })
      .required()
      .describe('the statics, `statics.N.field`'),
  },
  response: {
    router_statics: z.array(z.string()),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
  binds: { params: ['router', 'vxnet'] },
})
