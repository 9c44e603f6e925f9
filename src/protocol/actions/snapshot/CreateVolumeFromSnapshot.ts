import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const CreateVolumeFromSnapshot = defineAction({
  name: 'CreateVolumeFromSnapshot',
  service: 'snapshot',
  summary: "Make a new volume of the size and type a volume's backup point holds; it passes through pending/creating to available.",
  mode: 'async',
  zone: 'required',
  permission: { resource: 'volume', operation: 'modify' },
  params: {
    snapshot: p.id('snapshot').required().describe('an available point of a volume'),
    volume_name: p.string({ max: 256 }).describe('name of the new volume'),
  },
  response: {
    volume_id: z.string(),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied', 'QuotaExceeded'],
})
