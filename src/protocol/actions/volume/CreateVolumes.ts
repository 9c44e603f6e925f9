import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { volumeTypes } from '../../records/volume.js'

export const CreateVolumes = defineAction({
  name: 'CreateVolumes',
  service: 'volume',
  summary: 'Create volumes of one size and type; each passes through transition_status "creating" to "available".',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'volume', operation: 'modify' },
  params: {
    size: p.int({ min: 1 }).required().example(20).describe('size in GB: a multiple of 10 within the range of the volume type'),
    volume_name: p.string({ max: 256 }).describe('name of the new volumes'),
    volume_type: p
      .int({ allowed: volumeTypes })
      .default(0)
      .describe('0 performance, 2 high capacity, 3 super-high performance, 5 NeonSAN, 100 basic, 200 SSD enterprise'),
    count: p.int({ min: 1, max: 100 }).default(1).describe('how many volumes to create'),
  },
  response: {
    volumes: z.array(z.string()),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'QuotaExceeded'],
})
