import { LoadbalancerListener } from '../records/loadbalancer.js'
import { defineResourceType } from './define.js'

export const loadbalancer_listener = defineResourceType({
  prefix: 'lbl-',
  label: 'load balancer listener',
  records: { schema: LoadbalancerListener, setKey: 'loadbalancer_listener_set', idField: 'loadbalancer_listener_id' },
  project: { partOf: 'loadbalancer' },
})
