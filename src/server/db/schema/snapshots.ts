import type { SnapshotResourceType, SnapshotStatus, SnapshotTransition } from '../../../protocol/records/snapshot.js'

export interface SnapshotsTable {
  snapshot_id: string
  snapshot_name: string
  description: string | null
  /** 1 full (a chain's root), 0 incremental. */
  snapshot_type: number
  status: SnapshotStatus
  transition_status: SnapshotTransition
  sub_code: number
  /** The same for every point one CreateSnapshots call makes. */
  snapshot_time: string
  is_taken: number
  /** 1 for the current point of its resource: the next incremental point follows it. */
  is_head: number
  root_id: string
  /** 'self' on a full point. */
  parent_id: string
  /** MB. */
  size: number
  resource_id: string
  resource_type: SnapshotResourceType
  resource_name: string
  /**
   * JSON text of what the point holds, for making resources from it: a volume's `size` and
   * `volume_type`; an instance's `image` (embedded record), `os_disk_size` and `instance_type`.
   */
  source: string
  owner: string
  zone_id: string
  create_time: string
  status_time: string
}
