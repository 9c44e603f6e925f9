import type { Image } from '../../../protocol/records/image.js'
import { wireTime } from '../../../protocol/time.js'
import type { ImageRow } from '../../db/stores/images.js'

/** Stored images as DescribeImages shows them; system images belong to every zone, shown as the asked one. */
export function imageRecords(rows: readonly ImageRow[], zone: string): Image[] {
  return rows.map((row) => ({
    image_id: row.image_id,
    image_name: row.image_name,
    description: row.description,
    size: row.size,
    processor_type: row.processor_type,
    platform: row.platform,
    os_family: row.os_family,
    visibility: row.visibility,
    provider: row.provider,
    owner: row.owner,
    recommended_type: row.recommended_type,
    default_user: row.default_user,
    status: row.status,
    transition_status: row.transition_status,
    sub_code: row.sub_code,
    create_time: wireTime(row.create_time),
    status_time: wireTime(row.status_time),
    zone_id: row.zone_id || zone,
  }))
}
