import type { Volume } from '../../../protocol/records/volume.js'
import { wireTime } from '../../../protocol/time.js'
import type { Queryable } from '../../db/database.js'
import { findInstances } from '../../db/stores/instances.js'
import type { VolumeRow } from '../../db/stores/volumes.js'
import { tagRefs } from '../../services/tag-refs.js'

/** Stored volumes as DescribeVolumes shows them; an attached one names its instance (docs/api/volume.md#describevolumes). */
export async function volumeRecords(q: Queryable, rows: readonly VolumeRow[]): Promise<Volume[]> {
  const attachedTo = [...new Set(rows.flatMap((row) => (row.instance_id ? [row.instance_id] : [])))]
  const names = new Map((await findInstances(q, attachedTo)).map((i) => [i.instance_id, i.instance_name]))
  const tags = await tagRefs(
    q,
    rows.map((row) => row.volume_id),
  )
  return rows.map((row) => ({
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
    tags: tags(row.volume_id),
    ...(row.instance_id
      ? { instance: { instance_id: row.instance_id, instance_name: names.get(row.instance_id) ?? '', device: row.device ?? '' } }
      : {}),
  }))
}
