import { describe, expect, it } from 'vitest'
import { listenerWithBackends, loadbalancerRecord, projectLoadbalancer } from '../../harness/loadbalancers.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteLoadBalancerBackends', () => {
  it('deletes backends and stages the change (is_applied 0)', async () => {
    await using api = await startTestServer()
    const { loadbalancer, backends: loadbalancer_backends } = await listenerWithBackends(api, {
      resources: ['10.0.0.1', '10.0.0.2'],
      applied: true,
    })
    const gone = loadbalancer_backends[0]!
    expect(await api.client.deleteLoadBalancerBackends({ loadbalancer_backends: [gone] })).toMatchObject({ loadbalancer_backends: [gone] })
    expect((await loadbalancerRecord(api.client, loadbalancer)).is_applied).toBe(0)
    expect(
      (await api.client.describeLoadBalancerBackends({ loadbalancer })).loadbalancer_backend_set.map((b) => b.loadbalancer_backend_id),
    ).toEqual([loadbalancer_backends[1]])
    expect((await refusal(api.client.deleteLoadBalancerBackends({ loadbalancer_backends: [gone] }))).ret_code).toBe(2100)
  })

  it('refuses unknown ids and another user’s backends', async () => {
    await using api = await startTestServer()
    const {
      loadbalancer,
      backends: [backend],
    } = await listenerWithBackends(api)
    expect((await refusal(api.client.deleteLoadBalancerBackends({ loadbalancer_backends: [backend!, 'lbb-nothere0'] }))).ret_code).toBe(
      2100,
    )
    const other = await api.newUser()
    expect((await refusal(other.client.deleteLoadBalancerBackends({ loadbalancer_backends: [backend!] }))).ret_code).toBe(2100)
    expect((await api.client.describeLoadBalancerBackends({ loadbalancer })).total_count).toBe(1)
  })

  it('in a project, a member who may only describe load balancers is refused', async () => {
    await using api = await startTestServer()
    const { project_id, loadbalancer, reader } = await projectLoadbalancer(api)
    const {
      backends: [backend],
    } = await listenerWithBackends(api, { loadbalancer })
    const denied = await refusal(reader.deleteLoadBalancerBackends({ loadbalancer_backends: [backend!], project_id }))
    expect([denied.ret_code, denied.message]).toEqual([1400, expect.stringContaining('is not allowed')])
  })
})
