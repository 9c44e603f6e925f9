import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ModifySnapshotAttributes = defineAction({
  name: 'ModifySnapshotAttributes',
  service: 'snapshot',
  summary:
    'Rename or describe one backup point, in any status; absent fields stay, empty ones clear (docs/compat.md#modify-absent-vs-empty).',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'snapshot' },
  params: {
    snapshot: p.id('snapshot').required().describe('one snapshot ID'),
    snapshot_name: p.string({ max: 256 }).keepEmpty().describe('new name'),
    description: p.string({ max: 1024 }).keepEmpty().describe('new description'),
  },
  response: {},
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
