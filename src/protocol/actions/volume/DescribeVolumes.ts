import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { Volume, volumeStatuses, volumeTransitions } from '../../records/volume.js'

export const DescribeVolumes = defineAction({
  name: 'DescribeVolumes',
  service: 'volume',
  summary: "List the caller's volumes in a zone; deleted ones stay listed, ceased ones only when asked for.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'volume' },
  params: {
    volumes: p.list(p.id('volume')).describe('volume IDs; an unknown ID is an error'),
    volume_type: p.int({ min: 0 }).describe('only volumes of this type'),
    // Not in QingCloud's table (docs/compat.md#describe-volumes-filters); QingCloud's clients send it (docs/compat.md).
    instance_id: p.id('instance').describe('only volumes attached to this instance'),
    status: p.list(p.enum(volumeStatuses)).describe('volume statuses to return'),
    // Go's DescribeVolumesInput sends these two (docs/compat.md#describe-volumes-filters: honour them as filters).
    volume_name: p.string({ max: 256 }).describe('only volumes with exactly this name'),
    transition_status: p
      .enum(volumeTransitions.filter((t) => t !== '') as [string, ...string[]])
      .describe('only volumes in this transition'),
    search_word: p.searchWord(),
    tags: p.list(p.id('tag')).describe('only volumes bound to any of these tags'),
    owner: p.id('user').describe('only volumes of this user'),
    ...p.listing(),
  },
  response: {
    volume_set: z.array(Volume),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
