import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ApplySnapshots = defineAction({
  name: 'ApplySnapshots',
  service: 'snapshot',
  summary: "Roll instances (stopped) and volumes (available) back to these points; each point becomes its resource's current one.",
  mode: 'async',
  zone: 'required',
  permission: { resource: 'snapshot', operation: 'modify' },
  params: {
    snapshots: p.list(p.id('snapshot')).required().describe('snapshot IDs, at most one per resource'),
  },
  response: {},
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
