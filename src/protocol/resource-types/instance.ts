import { Instance } from '../records/instance.js'
import { defineResourceType } from './define.js'

export const instance = defineResourceType({
  prefix: 'i-',
  label: 'instance',
  records: { schema: Instance, setKey: 'instance_set', idField: 'instance_id' },
  project: { item: 'one' },
  quotaKeys: ['instance', 'cpu', 'memory'],
  recycleBin: { table: 'instances', idColumn: 'instance_id', status: 'terminated' },
})
