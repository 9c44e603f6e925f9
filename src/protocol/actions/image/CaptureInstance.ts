import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const CaptureInstance = defineAction({
  name: 'CaptureInstance',
  service: 'image',
  summary: 'Make a private image of a stopped instance; the image passes through pending/creating to available.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'image', operation: 'modify' },
  params: {
    instance: p.id('instance').required().describe('the instance to capture; it must be stopped'),
    image_name: p.string({ max: 256 }).describe('name of the new image'),
    target_user: p.id('user').describe('make the image for this user (only the caller itself here)'),
  },
  response: {
    image_id: z.string(),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied', 'QuotaExceeded'],
})
