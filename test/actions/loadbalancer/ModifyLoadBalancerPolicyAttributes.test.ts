import { describe, expect, it } from 'vitest'
import { memberWithRules, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifyLoadBalancerPolicyAttributes', () => {
  it('changes operator, balance mode and priority (is_applied 0 until applied); a new name alone keeps is_applied', async () => {
    await using api = await startTestServer()
    const { loadbalancer_policy_id } = await api.client.createLoadBalancerPolicy({ loadbalancer_policy_name: 'a' })
    const read = async () =>
      (await api.client.describeLoadBalancerPolicies({ loadbalancer_policies: [loadbalancer_policy_id] })).loadbalancer_policy_set[0]!
    const renamed = await api.client.modifyLoadBalancerPolicyAttributes({
      loadbalancer_policy: loadbalancer_policy_id,
      loadbalancer_policy_name: 'b',
    })
    expect(renamed.loadbalancer_policy_id).toBe(loadbalancer_policy_id)
    expect(await read()).toMatchObject({ loadbalancer_policy_name: 'b', is_applied: 1 })
    await api.client.modifyLoadBalancerPolicyAttributes({
      loadbalancer_policy: loadbalancer_policy_id,
      operator: 'and',
      balance_mode: 'source',
      priority: 7,
    })
    expect(await read()).toMatchObject({
      loadbalancer_policy_name: 'b',
      operator: 'and',
      balance_mode: 'source',
      priority: 7,
      is_applied: 0,
    })
    await api.client.applyLoadBalancerPolicy({ loadbalancer_policy: loadbalancer_policy_id })
    await api.drainJobs()
    expect((await read()).is_applied).toBe(1)
  })

  it('answers 1100 for a priority outside 0-99, 2100 for an unknown policy; a project member needs loadbalancer_policy.modify', async () => {
    await using api = await startTestServer()
    const p = await newProject(api.client)
    const { loadbalancer_policy_id } = await api.client.createLoadBalancerPolicy({ project_id: p.project_id })
    const priority = await refusal(
      api.client.modifyLoadBalancerPolicyAttributes({ loadbalancer_policy: loadbalancer_policy_id, priority: 100 }),
    )
    expect([priority.ret_code, priority.message]).toEqual([1100, expect.stringContaining('[priority]')])
    expect((await refusal(api.client.modifyLoadBalancerPolicyAttributes({ loadbalancer_policy: 'lbp-nothere0' }))).ret_code).toBe(2100)
    const reader = await memberWithRules(api, api.client, p.project_id, [{ policy: 'loadbalancer_policy.describe' }])
    expect(
      (await refusal(reader.client.modifyLoadBalancerPolicyAttributes({ loadbalancer_policy: loadbalancer_policy_id, priority: 1 })))
        .ret_code,
    ).toBe(1400)
  })
})
