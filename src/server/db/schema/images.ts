import type { ImageStatus, ImageTransition } from '../../../protocol/records/image.js'

export interface ImagesTable {
  image_id: string
  image_name: string
  description: string | null
  /** GB. */
  size: number
  processor_type: '64bit' | '32bit'
  platform: 'linux' | 'windows'
  os_family: string
  visibility: 'public' | 'private'
  provider: 'system' | 'self'
  owner: string
  recommended_type: string
  default_user: string
  status: ImageStatus
  transition_status: ImageTransition
  sub_code: number
  /** '' for system images, which every zone serves. */
  zone_id: string
  create_time: string
  status_time: string
}

export interface ImageUsersTable {
  image_id: string
  user_id: string
  create_time: string
}
