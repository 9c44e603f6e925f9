import { newId } from '../domain/ids.js'
import type { VolumeRow } from '../db/stores/volumes.js'

/** A volume being made (CreateVolumes, CreateVolumeFromSnapshot): pending/creating and detached. */
export function newVolumeRow(input: {
  volume_name: string | undefined
  size: number
  volume_type: number
  owner: string
  zone_id: string
  at: string
}): VolumeRow {
  return {
    volume_id: newId('vol-'),
    volume_name: input.volume_name ?? '',
    description: null,
    size: input.size,
    volume_type: input.volume_type,
    status: 'pending',
    transition_status: 'creating',
    sub_code: 0,
    owner: input.owner,
    zone_id: input.zone_id,
    create_time: input.at,
    status_time: input.at,
    instance_id: null,
    device: null,
  }
}
