import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const LeaveVxnet = defineAction({
  name: 'LeaveVxnet',
  service: 'vxnet',
  summary: 'Remove the NICs instances have in a VxNet; their addresses are free when the job ends.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'vxnet', operation: 'modify' },
  params: {
    vxnet: p.id('vxnet').required().describe('the VxNet'),
    instances: p.list(p.id('instance')).required().describe('instances in it'),
  },
  response: {},
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
  unbinds: ['vxnet', 'instances'],
})
