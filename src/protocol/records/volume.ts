import { z } from 'zod'
import { TagRef } from './tag.js'

export const volumeStatuses = ['pending', 'available', 'in-use', 'suspended', 'deleted', 'ceased'] as const
export type VolumeStatus = (typeof volumeStatuses)[number]

export const volumeTransitions = [
  '',
  'creating',
  'attaching',
  'detaching',
  'suspending',
  'resuming',
  'deleting',
  'recovering',
  'resizing',
] as const
export type VolumeTransition = (typeof volumeTransitions)[number]

/** Volume types QingCloud documents (docs/compat.md#volume-types). */
export const volumeTypes = [0, 1, 2, 3, 4, 5, 6, 7, 10, 20, 100, 200] as const

/** A volume record of DescribeVolumes (docs/api/volume.md#describevolumes, Go `Volume`). */
export const Volume = z.object({
  volume_id: z.string(),
  volume_name: z.string(),
  description: z.string().nullable(),
  size: z.number().int(),
  volume_type: z.number().int(),
  status: z.enum(volumeStatuses),
  transition_status: z.enum(volumeTransitions),
  sub_code: z.number().int(),
  owner: z.string(),
  zone_id: z.string(),
  create_time: z.string(),
  status_time: z.string(),
  tags: z.array(TagRef),
  /** Present only while attached (docs/compat.md#embedded-objects). */
  instance: z.object({ instance_id: z.string(), instance_name: z.string(), device: z.string() }).optional(),
})
export type Volume = z.infer<typeof Volume>
