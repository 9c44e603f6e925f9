import { RouterStatic } from '../records/network.js'
import { defineResourceType } from './define.js'

export const router_static = defineResourceType({
  prefix: 'rtrs-',
  label: 'router static',
  records: { schema: RouterStatic, setKey: 'router_static_set', idField: 'router_static_id' },
  project: { partOf: 'router' },
})
