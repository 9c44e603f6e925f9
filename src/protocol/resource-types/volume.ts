import { Volume } from '../records/volume.js'
import { defineResourceType } from './define.js'

export const volume = defineResourceType({
  prefix: 'vol-',
  label: 'volume',
  records: { schema: Volume, setKey: 'volume_set', idField: 'volume_id' },
  project: { item: 'one' },
  quotaKeys: ['volume', 'volume_size'],
  recycleBin: { table: 'volumes', idColumn: 'volume_id', status: 'deleted' },
})
