import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ModifyRouterAttributes = defineAction({
  name: 'ModifyRouterAttributes',
  service: 'router',
  summary:
    'Rename a router, switch its security group or its EIP (eip= detaches) at once, or stage DHCP settings of a joined VxNet for UpdateRouters.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'router' },
  params: {
    router: p.id('router').required().describe('one router ID'),
    router_name: p.string({ max: 256 }).keepEmpty().describe('new name'),
    description: p.string({ max: 1024 }).keepEmpty().describe('new description'),
    eip: p.id('eip').keepEmpty().describe('an available EIP, or empty to detach; effective at once'),
    security_group: p.id('security_group').describe("the router's new security group"),
    features: p.int({ allowed: [0, 1, 2, 3] }).describe('DHCP and DNS flags of the VxNet named by vxnet'),
    vxnet: p.id('vxnet').describe('the joined VxNet whose DHCP settings change'),
    dyn_ip_start: p.string({ max: 32 }).describe('first DHCP address of vxnet'),
    dyn_ip_end: p.string({ max: 32 }).describe('last DHCP address of vxnet'),
  },
  response: {},
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
  binds: { params: ['router', 'eip', 'security_group'] },
})
