import type { VolumeStatus, VolumeTransition } from '../../../protocol/records/volume.js'

export interface VolumesTable {
  volume_id: string
  volume_name: string
  description: string | null
  size: number
  volume_type: number
  status: VolumeStatus
  transition_status: VolumeTransition
  sub_code: number
  owner: string
  zone_id: string
  create_time: string
  status_time: string
  /** Set while attached, with its device name (`/dev/sdb`, …). */
  instance_id: string | null
  device: string | null
}
