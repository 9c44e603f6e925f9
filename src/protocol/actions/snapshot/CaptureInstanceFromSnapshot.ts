import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const CaptureInstanceFromSnapshot = defineAction({
  name: 'CaptureInstanceFromSnapshot',
  service: 'snapshot',
  summary: "Make a private image of what an instance's backup point holds; it passes through pending/creating to available.",
  mode: 'async',
  zone: 'required',
  permission: { resource: 'image', operation: 'modify' },
  params: {
    snapshot: p.id('snapshot').required().describe('an available point of an instance'),
    image_name: p.string({ max: 256 }).describe('name of the new image'),
  },
  response: {
    image_id: z.string(),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied', 'QuotaExceeded'],
})
