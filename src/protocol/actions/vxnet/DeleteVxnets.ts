import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteVxnets = defineAction({
  name: 'DeleteVxnets',
  service: 'vxnet',
  summary: 'Delete empty VxNets not joined to a router; one with instances refuses the whole batch.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'vxnet' },
  params: {
    vxnets: p.list(p.id('vxnet')).required().describe('VxNet IDs, all without instances'),
  },
  response: {
    vxnets: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
