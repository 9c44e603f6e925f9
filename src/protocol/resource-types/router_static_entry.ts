import { RouterStaticEntry } from '../records/network.js'
import { defineResourceType } from './define.js'

export const router_static_entry = defineResourceType({
  prefix: 'rse-',
  label: 'router static entry',
  records: { schema: RouterStaticEntry, setKey: 'router_static_entry_set', idField: 'router_static_entry_id' },
  project: { partOf: 'router' },
})
