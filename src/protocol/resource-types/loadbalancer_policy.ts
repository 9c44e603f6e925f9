import { LoadBalancerPolicy } from '../records/loadbalancer-policy.js'
import { defineResourceType } from './define.js'

export const loadbalancer_policy = defineResourceType({
  prefix: 'lbp-',
  label: 'load balancer policy',
  records: { schema: LoadBalancerPolicy, setKey: 'loadbalancer_policy_set', idField: 'loadbalancer_policy_id' },
  // Followed by backends of any load balancer, as a security group is by instances.
  project: { item: 'several' },
  quotaKeys: ['loadbalancer_policy'],
})
