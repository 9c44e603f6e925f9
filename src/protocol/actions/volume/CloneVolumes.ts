import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { volumeTypes } from '../../records/volume.js'

export const CloneVolumes = defineAction({
  name: 'CloneVolumes',
  service: 'volume',
  summary:
    'Clone an available or in-use volume into new ones of its size; each passes through transition_status "creating" to "available".',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'volume', operation: 'modify' },
  params: {
    volume: p.id('volume').required().describe('the volume to clone'),
    volume_name: p.string({ max: 256 }).describe('name of the new volumes (default: none)'),
    volume_type: p.int({ allowed: volumeTypes }).describe("type of the new volumes (default: the source's); the source's size must fit it"),
    count: p.int({ min: 1, max: 100 }).default(1).describe('how many clones to make'),
    sub_zones: p.string({ max: 256 }).describe("accepted as QingCloud's Go SDK sends it; a zone here has no sub-zones"),
  },
  response: {
    volumes: z.array(z.string()),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied', 'QuotaExceeded'],
})
