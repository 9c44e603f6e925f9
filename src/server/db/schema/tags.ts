import type { TaggableType } from '../../../protocol/records/tag.js'

export interface TagsTable {
  tag_id: string
  tag_name: string
  description: string
  color: string
  owner: string
  zone_id: string
  create_time: string
}

export interface TagBindingsTable {
  tag_id: string
  resource_id: string
  resource_type: TaggableType
  create_time: string
}
