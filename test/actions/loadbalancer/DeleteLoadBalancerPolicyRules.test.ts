import { describe, expect, it } from 'vitest'
import { memberWithRules, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteLoadBalancerPolicyRules', () => {
  it('deletes rules of several policies, each of which gets is_applied 0; all or nothing', async () => {
    await using api = await startTestServer()
    const a = (await api.client.createLoadBalancerPolicy({})).loadbalancer_policy_id
    const b = (await api.client.createLoadBalancerPolicy({})).loadbalancer_policy_id
    const [ra] = (await api.client.addLoadBalancerPolicyRules({ loadbalancer_policy: a, rules: [{ rule_type: 'url', val: '^/a' }] }))
      .loadbalancer_policy_rules
    const [rb, kept] = (
      await api.client.addLoadBalancerPolicyRules({
        loadbalancer_policy: b,
        rules: [
          { rule_type: 'url', val: '^/b' },
          { rule_type: 'domain', val: 'b' },
        ],
      })
    ).loadbalancer_policy_rules
    for (const policy of [a, b]) await api.client.applyLoadBalancerPolicy({ loadbalancer_policy: policy })
    await api.drainJobs()
    expect((await refusal(api.client.deleteLoadBalancerPolicyRules({ loadbalancer_policy_rules: [ra!, 'lbpr-nothere0'] }))).ret_code).toBe(
      2100,
    )
    expect((await api.client.describeLoadBalancerPolicyRules()).total_count).toBe(3)
    expect(await api.client.deleteLoadBalancerPolicyRules({ loadbalancer_policy_rules: [ra!, rb!] })).toMatchObject({
      loadbalancer_policy_rules: [ra, rb],
    })
    const rest = await api.client.describeLoadBalancerPolicyRules()
    expect(rest.loadbalancer_policy_rule_set.map((r) => r.loadbalancer_policy_rule_id)).toEqual([kept])
    const policies = await api.client.describeLoadBalancerPolicies({ loadbalancer_policies: [a, b] })
    expect(policies.loadbalancer_policy_set.map((x) => x.is_applied)).toEqual([0, 0])
  })

  it('in a project, needs loadbalancer_policy.delete on the rule’s policy (as DeleteSecurityGroupRules); another user’s rule reads as unknown', async () => {
    await using api = await startTestServer()
    const p = await newProject(api.client)
    const { loadbalancer_policy_id } = await api.client.createLoadBalancerPolicy({ project_id: p.project_id })
    const [rule] = (
      await api.client.addLoadBalancerPolicyRules({ loadbalancer_policy: loadbalancer_policy_id, rules: [{ rule_type: 'url', val: '^/' }] })
    ).loadbalancer_policy_rules
    const other = await api.newUser()
    expect((await refusal(other.client.deleteLoadBalancerPolicyRules({ loadbalancer_policy_rules: [rule!] }))).ret_code).toBe(2100)
    const editor = await memberWithRules(api, api.client, p.project_id, [{ policy: 'loadbalancer_policy.modify' }])
    const denied = await refusal(editor.client.deleteLoadBalancerPolicyRules({ loadbalancer_policy_rules: [rule!] }))
    expect([denied.ret_code, denied.message]).toEqual([1400, expect.stringContaining('loadbalancer_policy.delete')])
    const remover = await memberWithRules(api, api.client, p.project_id, [{ policy: 'loadbalancer_policy.delete' }])
    await remover.client.deleteLoadBalancerPolicyRules({ loadbalancer_policy_rules: [rule!] })
    expect((await api.client.describeLoadBalancerPolicyRules()).total_count).toBe(0)
  })
})
