import { describe, expect, it } from 'vitest'
import { activeLoadbalancer, httpListener, loadbalancerRecord, projectLoadbalancer } from '../../harness/loadbalancers.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteLoadBalancerListeners', () => {
  it('deletes listeners with their backends; the port is free again', async () => {
    await using api = await startTestServer()
    const { loadbalancer } = await activeLoadbalancer(api)
    const web = await httpListener(api.client, loadbalancer, 80)
    const keep = await httpListener(api.client, loadbalancer, 81)
    await api.client.addLoadBalancerBackends({ loadbalancer_listener: web, backends: [{ resource_id: '10.0.0.5', port: 80, weight: 1 }] })
    await api.client.addLoadBalancerBackends({ loadbalancer_listener: keep, backends: [{ resource_id: '10.0.0.6', port: 80, weight: 1 }] })
    await api.client.updateLoadBalancers({ loadbalancers: [loadbalancer] })
    await api.drainJobs()
    expect(await api.client.deleteLoadBalancerListeners({ loadbalancer_listeners: [web] })).toMatchObject({ loadbalancer_listeners: [web] })
    const record = await loadbalancerRecord(api.client, loadbalancer)
    expect(record.is_applied).toBe(0)
    expect(record.listeners!.map((l) => l.loadbalancer_listener_id)).toEqual([keep])
    expect((await api.client.describeLoadBalancerBackends({ loadbalancer })).loadbalancer_backend_set.map((b) => b.resource_id)).toEqual([
      '10.0.0.6',
    ])
    expect(await httpListener(api.client, loadbalancer, 80)).toMatch(/^lbl-/)
  })

  it('refuses unknown ids (all or nothing) and another user’s listener', async () => {
    await using api = await startTestServer()
    const { loadbalancer } = await activeLoadbalancer(api)
    const web = await httpListener(api.client, loadbalancer)
    expect((await refusal(api.client.deleteLoadBalancerListeners({ loadbalancer_listeners: [web, 'lbl-nothere0'] }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.deleteLoadBalancerListeners({ loadbalancer_listeners: [web] }))).ret_code).toBe(2100)
    expect((await api.client.describeLoadBalancerListeners({ loadbalancer })).total_count).toBe(1)
  })

  it('in a project, a member who may only describe load balancers is refused', async () => {
    await using api = await startTestServer()
    const { project_id, loadbalancer, reader } = await projectLoadbalancer(api)
    const web = await httpListener(api.client, loadbalancer)
    const denied = await refusal(reader.deleteLoadBalancerListeners({ loadbalancer_listeners: [web], project_id }))
    expect([denied.ret_code, denied.message]).toEqual([1400, expect.stringContaining('is not allowed')])
  })
})
