import { describe, expect, it } from 'vitest'
import { memberWithRules, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifyLoadBalancerPolicyRuleAttributes', () => {
  it('renames a rule (is_applied stays) or changes its val (is_applied 0)', async () => {
    await using api = await startTestServer()
    const { loadbalancer_policy_id } = await api.client.createLoadBalancerPolicy({})
    const [rule] = (
      await api.client.addLoadBalancerPolicyRules({
        loadbalancer_policy: loadbalancer_policy_id,
        rules: [{ rule_type: 'url', val: '^/a' }],
      })
    ).loadbalancer_policy_rules
    await api.client.applyLoadBalancerPolicy({ loadbalancer_policy: loadbalancer_policy_id })
    await api.drainJobs()
    const policy = async () =>
      (await api.client.describeLoadBalancerPolicies({ loadbalancer_policies: [loadbalancer_policy_id] })).loadbalancer_policy_set[0]!
    const record = async () =>
      (await api.client.describeLoadBalancerPolicyRules({ loadbalancer_policy_rules: [rule!] })).loadbalancer_policy_rule_set[0]!
    const renamed = await api.client.modifyLoadBalancerPolicyRuleAttributes({
      loadbalancer_policy_rule: rule!,
      loadbalancer_policy_rule_name: 'api',
    })
    expect(renamed.loadbalancer_policy_rule_id).toBe(rule)
    expect([(await record()).loadbalancer_policy_rule_name, (await policy()).is_applied]).toEqual(['api', 1])
    await api.client.modifyLoadBalancerPolicyRuleAttributes({ loadbalancer_policy_rule: rule!, val: '^/b' })
    expect([(await record()).val, (await record()).rule_type, (await policy()).is_applied]).toEqual(['^/b', 'url', 0])
  })

  it('answers 1100 for a val that is no regular expression, 2100 for an unknown rule; a project member needs loadbalancer_policy.modify', async () => {
    await using api = await startTestServer()
    const p = await newProject(api.client)
    const { loadbalancer_policy_id } = await api.client.createLoadBalancerPolicy({ project_id: p.project_id })
    const [rule] = (
      await api.client.addLoadBalancerPolicyRules({
        loadbalancer_policy: loadbalancer_policy_id,
        rules: [{ rule_type: 'url', val: '^/a' }],
      })
    ).loadbalancer_policy_rules
    const bad = await refusal(api.client.modifyLoadBalancerPolicyRuleAttributes({ loadbalancer_policy_rule: rule!, val: '[' }))
    expect([bad.ret_code, bad.message]).toEqual([1100, 'InvalidParameter, parameter [val] is not a valid regular expression'])
    expect((await refusal(api.client.modifyLoadBalancerPolicyRuleAttributes({ loadbalancer_policy_rule: 'lbpr-nothere0' }))).ret_code).toBe(
      2100,
    )
    const reader = await memberWithRules(api, api.client, p.project_id, [{ policy: 'loadbalancer_policy.describe' }])
    const denied = await refusal(reader.client.modifyLoadBalancerPolicyRuleAttributes({ loadbalancer_policy_rule: rule!, val: '^/c' }))
    expect([denied.ret_code, denied.message]).toEqual([1400, expect.stringContaining('loadbalancer_policy.modify')])
    const editor = await memberWithRules(api, api.client, p.project_id, [{ policy: 'loadbalancer_policy.modify' }])
    await editor.client.modifyLoadBalancerPolicyRuleAttributes({ loadbalancer_policy_rule: rule!, val: '^/c' })
  })
})
