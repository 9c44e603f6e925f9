import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const JoinVxnet = defineAction({
  name: 'JoinVxnet',
  service: 'vxnet',
  summary: 'Give instances a NIC in a VxNet, with an address from its range (or the one fixed by `vxnet-id|ip`).',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'vxnet', operation: 'modify' },
  params: {
    vxnet: p.id('vxnet').required().describe('VxNet ID, or `vxnet-id|ip` to fix the address of a single instance'),
    instances: p.list(p.id('instance')).required().describe('instances to join, running or stopped'),
  },
  response: {},
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied', 'InsufficientResources'],
  binds: { params: ['instances', 'vxnet'] },
})
