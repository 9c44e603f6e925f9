import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const CreateSnapshots = defineAction({
  name: 'CreateSnapshots',
  service: 'snapshot',
  summary: 'Take a backup point of each instance or volume: full when asked or when it has none, else incremental after its current point.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'snapshot', operation: 'modify' },
  params: {
    resources: p
      .list(p.id('any'))
      .required()
      .describe('instance and volume IDs: instances running or stopped, volumes available or in use'),
    snapshot_name: p.string({ max: 256 }).describe('name of the new points'),
    is_full: p
      .int({ allowed: [0, 1] })
      .default(0)
      .describe('1 starts a new chain with a full point; 0 lets the server decide'),
  },
  response: {
    snapshots: z.array(z.string()),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied', 'QuotaExceeded'],
})
