import { Image } from '../records/image.js'
import { defineResourceType } from './define.js'

export const image = defineResourceType({
  prefix: 'img-',
  label: 'image',
  records: { schema: Image, setKey: 'image_set', idField: 'image_id' },
  project: { item: 'one' },
  quotaKeys: ['image'],
  recycleBin: { table: 'images', idColumn: 'image_id', status: 'deleted' },
})
