import { Router } from '../records/network.js'
import { defineResourceType } from './define.js'

export const router = defineResourceType({
  prefix: 'rtr-',
  label: 'router',
  records: { schema: Router, setKey: 'router_set', idField: 'router_id' },
  project: { item: 'several' },
  quotaKeys: ['router'],
})
