import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ModifyVxnetAttributes = defineAction({
  name: 'ModifyVxnetAttributes',
  service: 'vxnet',
  summary: 'Rename or describe one VxNet (not vxnet-0); absent fields stay, an empty description clears it.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'vxnet' },
  params: {
    vxnet: p.id('vxnet').required().describe('one VxNet ID'),
    vxnet_name: p.string({ max: 256 }).keepEmpty().describe('new name'),
    description: p.string({ max: 1024 }).keepEmpty().describe('new description'),
  },
  response: {},
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
