import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteSnapshots = defineAction({
  name: 'DeleteSnapshots',
  service: 'snapshot',
  summary: 'Delete available backup points, with the later points of their chains that depend on them.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'snapshot' },
  params: {
    snapshots: p.list(p.id('snapshot')).required().describe('snapshot IDs, all available'),
  },
  response: {
    snapshots: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
