import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ResizeVolumes = defineAction({
  name: 'ResizeVolumes',
  service: 'volume',
  summary: 'Grow available volumes to a larger size; each passes through "resizing" and stays available.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'volume', operation: 'modify' },
  params: {
    volumes: p.list(p.id('volume')).required().describe('volume IDs, all available'),
    size: p.int({ min: 1 }).required().describe('new size in GB, larger than each volume’s, within its type’s range'),
  },
  response: {},
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied', 'QuotaExceeded'],
})
