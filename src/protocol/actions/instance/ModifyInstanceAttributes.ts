import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ModifyInstanceAttributes = defineAction({
  name: 'ModifyInstanceAttributes',
  service: 'instance',
  summary: 'Rename or describe one instance, in any status; absent fields stay, empty ones clear (docs/compat.md#modify-absent-vs-empty).',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'instance' },
  params: {
    instance: p.id('instance').required().describe('one instance ID'),
    instance_name: p.string({ max: 256 }).keepEmpty().describe('new name'),
    description: p.string({ max: 1024 }).keepEmpty().describe('new description'),
    nic_mqueue: p.int({ allowed: [0, 1] }).describe('1 enables NIC multi-queue, 0 disables it'),
  },
  response: {},
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
