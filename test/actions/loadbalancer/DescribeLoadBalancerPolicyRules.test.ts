import { describe, expect, it } from 'vitest'
import { memberWithRules, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeLoadBalancerPolicyRules', () => {
  it('lists rules oldest first, of one policy or by id, and pages', async () => {
    await using api = await startTestServer()
    const a = (await api.client.createLoadBalancerPolicy({})).loadbalancer_policy_id
    const b = (await api.client.createLoadBalancerPolicy({})).loadbalancer_policy_id
    const first = (await api.client.addLoadBalancerPolicyRules({ loadbalancer_policy: a, rules: [{ rule_type: 'url', val: '^/1' }] }))
      .loadbalancer_policy_rules[0]!
    api.clock.advance(1000)
    const second = (await api.client.addLoadBalancerPolicyRules({ loadbalancer_policy: a, rules: [{ rule_type: 'url', val: '^/2' }] }))
      .loadbalancer_policy_rules[0]!
    const other = (await api.client.addLoadBalancerPolicyRules({ loadbalancer_policy: b, rules: [{ rule_type: 'domain', val: 'b' }] }))
      .loadbalancer_policy_rules[0]!
    const ofA = await api.client.describeLoadBalancerPolicyRules({ loadbalancer_policy: a })
    expect([ofA.total_count, ofA.loadbalancer_policy_rule_set.map((r) => r.loadbalancer_policy_rule_id)]).toEqual([2, [first, second]])
    expect((await api.client.describeLoadBalancerPolicyRules()).total_count).toBe(3)
    const byId = await api.client.describeLoadBalancerPolicyRules({ loadbalancer_policy_rules: [other, 'lbpr-nothere0'] })
    expect(byId.loadbalancer_policy_rule_set.map((r) => r.loadbalancer_policy_rule_id)).toEqual([other])
    const page = await api.client.describeLoadBalancerPolicyRules({ loadbalancer_policy: a, offset: 1, limit: 1 })
    expect([page.total_count, page.loadbalancer_policy_rule_set.map((r) => r.loadbalancer_policy_rule_id)]).toEqual([2, [second]])
  })

  it('answers 2100 for an unknown policy or another user’s; a deleted one has none; a project member needs loadbalancer_policy.describe', async () => {
    await using api = await startTestServer()
    const p = await newProject(api.client)
    const { loadbalancer_policy_id } = await api.client.createLoadBalancerPolicy({ project_id: p.project_id })
    await api.client.addLoadBalancerPolicyRules({ loadbalancer_policy: loadbalancer_policy_id, rules: [{ rule_type: 'url', val: '^/' }] })
    expect((await refusal(api.client.describeLoadBalancerPolicyRules({ loadbalancer_policy: 'lbp-nothere0' }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.describeLoadBalancerPolicyRules({ loadbalancer_policy: loadbalancer_policy_id }))).ret_code).toBe(
      2100,
    )
    expect((await other.client.describeLoadBalancerPolicyRules()).total_count).toBe(0)
    const reader = await memberWithRules(api, api.client, p.project_id, [{ policy: 'loadbalancer_policy.describe' }])
    expect((await reader.client.describeLoadBalancerPolicyRules({ project_id: p.project_id })).total_count).toBe(1)
    const stranger = await memberWithRules(api, api.client, p.project_id, [{ policy: 'keypair.describe' }])
    expect((await refusal(stranger.client.describeLoadBalancerPolicyRules({ project_id: p.project_id }))).ret_code).toBe(1400)
    const { loadbalancer_policy_id: gone } = await api.client.createLoadBalancerPolicy({})
    await api.client.deleteLoadBalancerPolicies({ loadbalancer_policies: [gone] })
    expect((await api.client.describeLoadBalancerPolicyRules({ loadbalancer_policy: gone })).total_count).toBe(0)
  })
})
