import { describe, expect, it } from 'vitest'
import { memberWithRules, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeLoadBalancerPolicies', () => {
  it('lists the caller’s policies newest first, by id and search word; verbose adds loadbalancer_ids', async () => {
    await using api = await startTestServer()
    const a = (await api.client.createLoadBalancerPolicy({ loadbalancer_policy_name: 'images' })).loadbalancer_policy_id
    api.clock.advance(1000)
    const b = (await api.client.createLoadBalancerPolicy({ loadbalancer_policy_name: 'api' })).loadbalancer_policy_id
    const all = await api.client.describeLoadBalancerPolicies()
    expect([all.total_count, all.loadbalancer_policy_set.map((x) => x.loadbalancer_policy_id)]).toEqual([2, [b, a]])
    expect(all.loadbalancer_policy_set[0]).not.toHaveProperty('loadbalancer_ids')
    const verbose = await api.client.describeLoadBalancerPolicies({ verbose: 1, loadbalancer_policies: [a, 'lbp-nothere0'] })
    expect(verbose.loadbalancer_policy_set.map((x) => [x.loadbalancer_policy_id, x.loadbalancer_ids])).toEqual([[a, []]])
    expect(
      (await api.client.describeLoadBalancerPolicies({ search_word: 'imag' })).loadbalancer_policy_set.map((x) => x.loadbalancer_policy_id),
    ).toEqual([a])
    const sorted = await api.client.describeLoadBalancerPolicies({ sort_key: 'loadbalancer_policy_name' })
    expect(sorted.loadbalancer_policy_set.map((x) => x.loadbalancer_policy_name)).toEqual(['api', 'images'])
  })

  it('shows another user nothing; a project member needs loadbalancer_policy.describe', async () => {
    await using api = await startTestServer()
    const p = await newProject(api.client)
    const { loadbalancer_policy_id } = await api.client.createLoadBalancerPolicy({ project_id: p.project_id })
    await api.client.createLoadBalancerPolicy({})
    const other = await api.newUser()
    expect((await other.client.describeLoadBalancerPolicies()).total_count).toBe(0)
    const reader = await memberWithRules(api, api.client, p.project_id, [{ policy: 'loadbalancer_policy.describe' }])
    const listed = await reader.client.describeLoadBalancerPolicies({ project_id: p.project_id })
    expect(listed.loadbalancer_policy_set.map((x) => x.loadbalancer_policy_id)).toEqual([loadbalancer_policy_id])
    const stranger = await memberWithRules(api, api.client, p.project_id, [{ policy: 'server_certificate.describe' }])
    expect((await refusal(stranger.client.describeLoadBalancerPolicies({ project_id: p.project_id }))).ret_code).toBe(1400)
  })
})
