import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const AssociateEip = defineAction({
  name: 'AssociateEip',
  service: 'eip',
  summary: 'Associate an available EIP with an instance: associating, then associated and shown in the instance record.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'eip', operation: 'modify' },
  params: {
    eip: p.id('eip').required().describe('the EIP'),
    instance: p.id('instance').required().describe('the instance; it must hold no EIP'),
    force: p.flag().describe('1 takes the EIP from its holder and replaces the EIP the instance holds'),
  },
  response: {},
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
  binds: { params: ['instance', 'eip'] },
})
