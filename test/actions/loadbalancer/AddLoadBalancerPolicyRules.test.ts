import { describe, expect, it } from 'vitest'
import { memberWithRules, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('AddLoadBalancerPolicyRules', () => {
  it('adds rules, answers their ids and sets the policy’s is_applied 0', async () => {
    await using api = await startTestServer()
    const { loadbalancer_policy_id } = await api.client.createLoadBalancerPolicy({})
    const { loadbalancer_policy_rules } = await api.client.addLoadBalancerPolicyRules({
      loadbalancer_policy: loadbalancer_policy_id,
      rules: [
        { rule_type: 'domain', val: ' www\\.example\\.com ', loadbalancer_policy_rule_name: 'site' },
        { rule_type: 'url', val: '^/static/' },
      ],
    })
    expect(loadbalancer_policy_rules).toHaveLength(2)
    expect(loadbalancer_policy_rules[0]).toMatch(/^lbpr-[a-z0-9]{8}$/)
    const { loadbalancer_policy_rule_set } = await api.client.describeLoadBalancerPolicyRules({
      loadbalancer_policy: loadbalancer_policy_id,
    })
    expect(
      loadbalancer_policy_rule_set.map((r) => [r.loadbalancer_policy_rule_name, r.rule_type, r.val, r.loadbalancer_policy_id]),
    ).toEqual(
      expect.arrayContaining([
        ['site', 'domain', 'www\\.example\\.com', loadbalancer_policy_id],
        [null, 'url', '^/static/', loadbalancer_policy_id],
      ]),
    )
    const [policy] = (await api.client.describeLoadBalancerPolicies({ loadbalancer_policies: [loadbalancer_policy_id] }))
      .loadbalancer_policy_set
    expect(policy!.is_applied).toBe(0)
  })

  it('checks every rule before writing any: 1100 naming the rule’s field, all or none', async () => {
    await using api = await startTestServer()
    const { loadbalancer_policy_id } = await api.client.createLoadBalancerPolicy({})
    const badType = await refusal(
      api.client.addLoadBalancerPolicyRules({
        loadbalancer_policy: loadbalancer_policy_id,
        rules: [{ rule_type: 'host' as 'url', val: 'x' }],
      }),
    )
    expect([badType.ret_code, badType.message]).toEqual([1100, expect.stringContaining('[rules.1.rule_type]')])
    const badVal = await refusal(
      api.client.addLoadBalancerPolicyRules({
        loadbalancer_policy: loadbalancer_policy_id,
        rules: [
          { rule_type: 'url', val: '^/ok' },
          { rule_type: 'url', val: '^/(unclosed' },
        ],
      }),
    )
    expect([badVal.ret_code, badVal.message]).toEqual([1100, 'InvalidParameter, parameter [rules.2.val] is not a valid regular expression'])
    const noVal = await refusal(
      api.client.call('AddLoadBalancerPolicyRules', {
        loadbalancer_policy: loadbalancer_policy_id,
        rules: [{ rule_type: 'url' }],
      } as never),
    )
    expect(noVal.message).toBe('MissingParameter, parameter [rules.1.val] is required')
    expect((await api.client.describeLoadBalancerPolicyRules({ loadbalancer_policy: loadbalancer_policy_id })).total_count).toBe(0)
    expect(
      (
        await refusal(
          api.client.addLoadBalancerPolicyRules({ loadbalancer_policy: 'lbp-nothere0', rules: [{ rule_type: 'url', val: '/' }] }),
        )
      ).ret_code,
    ).toBe(2100)
  })

  it('in a project, needs loadbalancer_policy.modify on the policy', async () => {
    await using api = await startTestServer()
    const p = await newProject(api.client)
    const { loadbalancer_policy_id } = await api.client.createLoadBalancerPolicy({ project_id: p.project_id })
    const rules = [{ rule_type: 'url' as const, val: '^/api' }]
    const reader = await memberWithRules(api, api.client, p.project_id, [{ policy: 'loadbalancer_policy.describe' }])
    expect((await refusal(reader.client.addLoadBalancerPolicyRules({ loadbalancer_policy: loadbalancer_policy_id, rules }))).ret_code).toBe(
      1400,
    )
    const editor = await memberWithRules(api, api.client, p.project_id, [{ policy: 'loadbalancer_policy.modify' }])
    const added = await editor.client.addLoadBalancerPolicyRules({ loadbalancer_policy: loadbalancer_policy_id, rules })
    const [rule] = (await api.client.describeLoadBalancerPolicyRules({ loadbalancer_policy_rules: added.loadbalancer_policy_rules }))
      .loadbalancer_policy_rule_set
    expect(rule!.owner).toBe(api.root.user_id)
  })
})
