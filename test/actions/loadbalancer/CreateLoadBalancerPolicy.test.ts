import { describe, expect, it } from 'vitest'
import { memberWithRules, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('CreateLoadBalancerPolicy', () => {
  it('creates a policy, by default "or" with the listener’s balance mode, applied while it has no rules', async () => {
    await using api = await startTestServer()
    const plain = await api.client.createLoadBalancerPolicy({ loadbalancer_policy_name: 'static' })
    expect(plain.loadbalancer_policy_id).toMatch(/^lbp-[a-z0-9]{8}$/)
    const strict = await api.client.createLoadBalancerPolicy({ operator: 'and', balance_mode: 'leastconn' })
    const { loadbalancer_policy_set } = await api.client.describeLoadBalancerPolicies({
      loadbalancer_policies: [plain.loadbalancer_policy_id],
    })
    expect(loadbalancer_policy_set[0]).toMatchObject({
      loadbalancer_policy_name: 'static',
      operator: 'or',
      balance_mode: '',
      priority: 0,
      is_applied: 1,
      owner: api.root.user_id,
    })
    const [other] = (await api.client.describeLoadBalancerPolicies({ loadbalancer_policies: [strict.loadbalancer_policy_id] }))
      .loadbalancer_policy_set
    expect(other).toMatchObject({ loadbalancer_policy_name: '', operator: 'and', balance_mode: 'leastconn' })
  })

  it('answers 1100 naming an unknown operator or balance mode, and 2500 past the quota', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'loadbalancer_policy=1' } })
    const operator = await refusal(api.client.createLoadBalancerPolicy({ operator: 'xor' as 'or' }))
    expect([operator.ret_code, operator.message]).toEqual([1100, expect.stringContaining('[operator]')])
    expect((await refusal(api.client.createLoadBalancerPolicy({ balance_mode: 'random' as 'source' }))).message).toContain('[balance_mode]')
    await api.client.createLoadBalancerPolicy({})
    const quota = await refusal(api.client.createLoadBalancerPolicy({}))
    expect([quota.ret_code, quota.message]).toEqual([2500, 'QuotaExceeded, quota [loadbalancer_policy] is 1: 1 in use, 1 more requested'])
  })

  it("creates into the owner's project; a member may not", async () => {
    await using api = await startTestServer()
    const p = await newProject(api.client)
    const { loadbalancer_policy_id } = await api.client.createLoadBalancerPolicy({ project_id: p.project_id })
    const member = await memberWithRules(api, api.client, p.project_id, [
      { policy: 'loadbalancer_policy.describe' },
      { policy: 'loadbalancer_policy.modify' },
    ])
    const listed = await member.client.describeLoadBalancerPolicies({ project_id: p.project_id })
    expect(
      listed.loadbalancer_policy_set.map((x) => [
        x.loadbalancer_policy_id,
        (x as { resource_project_info?: unknown }).resource_project_info,
      ]),
    ).toEqual([[loadbalancer_policy_id, [p.project_id]]])
    expect((await refusal(member.client.createLoadBalancerPolicy({ project_id: p.project_id }))).ret_code).toBe(1400)
  })
})
