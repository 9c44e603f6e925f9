import { Snapshot } from '../records/snapshot.js'
import { defineResourceType } from './define.js'

export const snapshot = defineResourceType({
  prefix: 'ss-',
  label: 'snapshot',
  records: { schema: Snapshot, setKey: 'snapshot_set', idField: 'snapshot_id' },
  project: { item: 'one' },
  quotaKeys: ['snapshot'],
  recycleBin: { table: 'snapshots', idColumn: 'snapshot_id', status: 'deleted' },
})
