import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DissociateEips = defineAction({
  name: 'DissociateEips',
  service: 'eip',
  summary: 'Dissociate associated EIPs from their instances or routers: dissociating, then available.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'eip', operation: 'modify' },
  params: {
    eips: p.list(p.id('eip')).required().describe('EIP IDs, all associated'),
  },
  response: {},
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
  unbinds: ['eips'],
})
