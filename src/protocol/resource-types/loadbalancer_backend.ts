import { LoadbalancerBackend } from '../records/loadbalancer.js'
import { defineResourceType } from './define.js'

export const loadbalancer_backend = defineResourceType({
  prefix: 'lbb-',
  label: 'load balancer backend',
  records: { schema: LoadbalancerBackend, setKey: 'loadbalancer_backend_set', idField: 'loadbalancer_backend_id' },
  project: { partOf: 'loadbalancer' },
})
