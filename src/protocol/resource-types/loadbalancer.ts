import { Loadbalancer } from '../records/loadbalancer.js'
import { defineResourceType } from './define.js'

export const loadbalancer = defineResourceType({
  prefix: 'lb-',
  label: 'load balancer',
  records: { schema: Loadbalancer, setKey: 'loadbalancer_set', idField: 'loadbalancer_id' },
  project: { item: 'one' },
  quotaKeys: ['loadbalancer'],
  recycleBin: { table: 'loadbalancers', idColumn: 'loadbalancer_id', status: 'deleted' },
})
