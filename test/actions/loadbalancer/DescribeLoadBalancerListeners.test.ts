import { describe, expect, it } from 'vitest'
import { activeLoadbalancer, httpListener, projectLoadbalancer } from '../../harness/loadbalancers.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeLoadBalancerListeners', () => {
  it('lists listeners by id or load balancer; verbose=1 adds their backends', async () => {
    await using api = await startTestServer()
    const { loadbalancer } = await activeLoadbalancer(api)
    const { loadbalancer: other } = await activeLoadbalancer(api)
    const web = await httpListener(api.client, loadbalancer, 80)
    const alt = await httpListener(api.client, loadbalancer, 8080)
    const elsewhere = await httpListener(api.client, other, 80)
    await api.client.addLoadBalancerBackends({ loadbalancer_listener: web, backends: [{ resource_id: '10.0.0.5', port: 80, weight: 3 }] })
    const all = await api.client.describeLoadBalancerListeners({})
    expect(all.total_count).toBe(3)
    const mine = await api.client.describeLoadBalancerListeners({ loadbalancer })
    expect(mine.loadbalancer_listener_set.map((l) => l.loadbalancer_listener_id).sort()).toEqual([web, alt].sort())
    expect(mine.loadbalancer_listener_set[0]!.backends).toBeUndefined()
    const byId = await api.client.describeLoadBalancerListeners({ loadbalancer_listeners: [web], verbose: 1 })
    expect(byId.loadbalancer_listener_set).toHaveLength(1)
    expect(byId.loadbalancer_listener_set[0]!.backends).toEqual([
      expect.objectContaining({
        resource_id: '10.0.0.5',
        port: 80,
        weight: 3,
        loadbalancer_listener_id: web,
        loadbalancer_id: loadbalancer,
      }),
    ])
    const page = await api.client.describeLoadBalancerListeners({ limit: 2, offset: 2 })
    expect([page.total_count, page.loadbalancer_listener_set.length]).toEqual([3, 1])
    expect(elsewhere).toMatch(/^lbl-/)
  })

  it('answers 2100 for unknown ids and another user’s, and lists nothing of theirs', async () => {
    await using api = await startTestServer()
    const { loadbalancer } = await activeLoadbalancer(api)
    const web = await httpListener(api.client, loadbalancer)
    const other = await api.newUser()
    expect((await refusal(other.client.describeLoadBalancerListeners({ loadbalancer_listeners: [web] }))).ret_code).toBe(2100)
    expect((await other.client.describeLoadBalancerListeners({})).total_count).toBe(0)
    expect((await refusal(api.client.describeLoadBalancerListeners({ loadbalancer_listeners: ['lbl-nothere0'] }))).ret_code).toBe(2100)
    expect((await refusal(api.client.describeLoadBalancerListeners({ owner: other.credentials.user_id }))).ret_code).toBe(1400)
  })

  it("in a project, lists the project's listeners to a member who may describe, not to one who may not", async () => {
    await using api = await startTestServer()
    const { project_id, loadbalancer, reader } = await projectLoadbalancer(api)
    const web = await httpListener(api.client, loadbalancer)
    const seen = await reader.describeLoadBalancerListeners({ project_id })
    expect(seen.loadbalancer_listener_set.map((l) => l.loadbalancer_listener_id)).toEqual([web])
    const outsider = await api.newUser()
    expect((await refusal(outsider.client.describeLoadBalancerListeners({ project_id }))).ret_code).toBe(1400)
  })
})
