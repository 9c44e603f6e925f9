import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { LoadBalancerPolicy } from '../../records/loadbalancer-policy.js'

export const DescribeLoadBalancerPolicies = defineAction({
  name: 'DescribeLoadBalancerPolicies',
  service: 'loadbalancer',
  summary: "List the caller's forwarding policies in a zone; verbose=1 adds the load balancers whose backends follow each.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'loadbalancer_policy' },
  params: {
    loadbalancer_policies: p.list(p.id('loadbalancer_policy')).describe('policy IDs; unknown IDs are left out'),
    search_word: p.searchWord(),
    owner: p.id('user').describe('only policies of this user'),
    ...p.listing(),
  },
  response: {
    loadbalancer_policy_set: z.array(LoadBalancerPolicy),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'PermissionDenied'],
})
