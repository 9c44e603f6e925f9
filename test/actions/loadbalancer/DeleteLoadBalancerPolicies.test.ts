import { describe, expect, it } from 'vitest'
import { memberWithRules, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteLoadBalancerPolicies', () => {
  it('deletes policies with their rules and answers their ids; all or nothing', async () => {
    await using api = await startTestServer()
    const a = (await api.client.createLoadBalancerPolicy({})).loadbalancer_policy_id
    const b = (await api.client.createLoadBalancerPolicy({})).loadbalancer_policy_id
    const { loadbalancer_policy_rules } = await api.client.addLoadBalancerPolicyRules({
      loadbalancer_policy: a,
      rules: [{ rule_type: 'domain', val: 'example.com' }],
    })
    const unknown = await refusal(api.client.deleteLoadBalancerPolicies({ loadbalancer_policies: [a, 'lbp-nothere0'] }))
    expect([unknown.ret_code, unknown.message]).toEqual([2100, 'ResourceNotFound, load balancer policy [lbp-nothere0] does not exist'])
    expect((await api.client.describeLoadBalancerPolicies()).total_count).toBe(2)
    expect(await api.client.deleteLoadBalancerPolicies({ loadbalancer_policies: [a, b] })).toMatchObject({ loadbalancer_policies: [a, b] })
    expect((await api.client.describeLoadBalancerPolicies()).total_count).toBe(0)
    expect((await api.client.describeLoadBalancerPolicyRules({ loadbalancer_policy_rules })).total_count).toBe(0)
    expect((await refusal(api.client.deleteLoadBalancerPolicyRules({ loadbalancer_policy_rules }))).ret_code).toBe(2100)
  })

  it('in a project, needs loadbalancer_policy.delete', async () => {
    await using api = await startTestServer()
    const p = await newProject(api.client)
    const { loadbalancer_policy_id } = await api.client.createLoadBalancerPolicy({ project_id: p.project_id })
    const editor = await memberWithRules(api, api.client, p.project_id, [{ policy: 'loadbalancer_policy.modify' }])
    expect((await refusal(editor.client.deleteLoadBalancerPolicies({ loadbalancer_policies: [loadbalancer_policy_id] }))).ret_code).toBe(
      1400,
    )
    const remover = await memberWithRules(api, api.client, p.project_id, [{ policy: 'loadbalancer_policy.delete' }])
    await remover.client.deleteLoadBalancerPolicies({ loadbalancer_policies: [loadbalancer_policy_id] })
  })
})
