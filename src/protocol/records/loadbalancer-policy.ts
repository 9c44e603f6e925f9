import { z } from 'zod'

/** How a policy combines its rules (docs/compat.md#loadbalancer-policies). */
export const policyOperators = ['or', 'and'] as const
export type PolicyOperator = (typeof policyOperators)[number]
/** Balance modes between the backends that follow a policy; '' follows the listener's. */
export const policyBalanceModes = ['roundrobin', 'leastconn', 'source'] as const
/** What a policy rule matches: the request's host name or its URL path. */
export const policyRuleTypes = ['domain', 'url'] as const
export type PolicyRuleType = (typeof policyRuleTypes)[number]

/** A forwarding policy of DescribeLoadBalancerPolicies (docs/api/loadbalancer.md#describeloadbalancerpolicies, Go `LoadBalancerPolicy`). */
export const LoadBalancerPolicy = z.object({
  loadbalancer_policy_id: z.string(),
  loadbalancer_policy_name: z.string(),
  operator: z.enum(policyOperators),
  /** '' when the listener's balance mode applies. */
  balance_mode: z.string(),
  priority: z.number().int(),
  is_applied: z.number().int(),
  owner: z.string(),
  zone_id: z.string(),
  create_time: z.string(),
  /** Only with `verbose=1`: the load balancers whose backends follow the policy. */
  loadbalancer_ids: z.array(z.string()).optional(),
})
export type LoadBalancerPolicy = z.infer<typeof LoadBalancerPolicy>

/** A rule of DescribeLoadBalancerPolicyRules (Go `LoadBalancerPolicyRule`); an unnamed rule's name is null, as QingCloud's example shows. */
export const LoadBalancerPolicyRule = z.object({
  loadbalancer_policy_rule_id: z.string(),
  loadbalancer_policy_rule_name: z.string().nullable(),
  loadbalancer_policy_id: z.string(),
  rule_type: z.enum(policyRuleTypes),
  val: z.string(),
  owner: z.string(),
  zone_id: z.string(),
  create_time: z.string(),
})
export type LoadBalancerPolicyRule = z.infer<typeof LoadBalancerPolicyRule>
