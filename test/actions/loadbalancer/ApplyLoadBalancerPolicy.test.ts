import { describe, expect, it } from 'vitest'
import { memberWithRules, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ApplyLoadBalancerPolicy', () => {
  it('answers a job; is_applied becomes 1 when it ends, and the job lists the policy', async () => {
    await using api = await startTestServer()
    const { loadbalancer_policy_id } = await api.client.createLoadBalancerPolicy({})
    await api.client.addLoadBalancerPolicyRules({
      loadbalancer_policy: loadbalancer_policy_id,
      rules: [{ rule_type: 'url', val: '^/static' }],
    })
    const read = async () =>
      (await api.client.describeLoadBalancerPolicies({ loadbalancer_policies: [loadbalancer_policy_id] })).loadbalancer_policy_set[0]!
    expect((await read()).is_applied).toBe(0)
    const { job_id } = await api.client.applyLoadBalancerPolicy({ loadbalancer_policy: loadbalancer_policy_id })
    expect((await read()).is_applied).toBe(0)
    await api.drainJobs()
    expect((await read()).is_applied).toBe(1)
    const [job] = (await api.client.describeJobs({ jobs: [job_id] })).job_set
    expect(job).toMatchObject({ job_action: 'ApplyLoadBalancerPolicy', status: 'successful', resource_ids: loadbalancer_policy_id })
  })

  it('a policy deleted before its job runs is left alone; 2100 for an unknown policy; a member needs loadbalancer_policy.modify', async () => {
    await using api = await startTestServer()
    const p = await newProject(api.client)
    const { loadbalancer_policy_id } = await api.client.createLoadBalancerPolicy({ project_id: p.project_id })
    await api.client.applyLoadBalancerPolicy({ loadbalancer_policy: loadbalancer_policy_id })
    await api.client.deleteLoadBalancerPolicies({ loadbalancer_policies: [loadbalancer_policy_id] })
    await api.drainJobs()
    expect((await refusal(api.client.applyLoadBalancerPolicy({ loadbalancer_policy: loadbalancer_policy_id }))).ret_code).toBe(2100)
    const { loadbalancer_policy_id: shared } = await api.client.createLoadBalancerPolicy({ project_id: p.project_id })
    const reader = await memberWithRules(api, api.client, p.project_id, [{ policy: 'loadbalancer_policy.describe' }])
    expect((await refusal(reader.client.applyLoadBalancerPolicy({ loadbalancer_policy: shared }))).ret_code).toBe(1400)
    const editor = await memberWithRules(api, api.client, p.project_id, [{ policy: 'loadbalancer_policy.modify' }])
    expect((await editor.client.applyLoadBalancerPolicy({ loadbalancer_policy: shared })).job_id).toMatch(/^j-/)
  })
})
