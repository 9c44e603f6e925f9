import { Tag } from '../records/tag.js'
import { defineResourceType } from './define.js'

export const tag = defineResourceType({
  prefix: 'tag-',
  label: 'tag',
  records: { schema: Tag, setKey: 'tag_set', idField: 'tag_id' },
  quotaKeys: ['tag'],
})
