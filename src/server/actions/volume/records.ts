import type { Volume } from '../../../protocol/records/volume.js'
import { wireTime } from '../../../protocol/time.js'
import type { VolumeRow } from '../../db/stores/volumes.js'

/** A stored volume as DescribeVolumes shows it. */
export function volumeRecord(row: VolumeRow): Volume {
  return {
    volume_id: row.volume_id,
    volume_name: row.volume_name,
    description: row.description,
    size: row.size,
    volume_type: row.volume_type,
    status: row.status,
    transition_status: row.transition_status,
    sub_code: row.sub_code,
    owner: row.owner,
    zone_id: row.zone_id,
    create_time: wireTime(row.create_time),
    status_time: wireTime(row.status_time),
    ...(row.instance_id ? { instance: { instance_id: row.instance_id, instance_name: '', device: row.device ?? '' } } : {}),
  }
}
