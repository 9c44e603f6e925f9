import { describe, expect, it } from 'vitest'
import { activeLoadbalancer, loadbalancerRecord, loadbalancerStates, projectLoadbalancer } from '../../harness/loadbalancers.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ResizeLoadBalancers', () => {
  it('changes the tier of a stopped load balancer: resizing, then stopped with the new type', async () => {
    await using api = await startTestServer()
    const { loadbalancer } = await activeLoadbalancer(api)
    const active = await refusal(api.client.resizeLoadBalancers({ loadbalancers: [loadbalancer], loadbalancer_type: 3 }))
    expect([active.ret_code, active.message]).toEqual([1400, expect.stringContaining('is active, it can not be resized')])
    await api.client.stopLoadBalancers({ loadbalancers: [loadbalancer] })
    await api.drainJobs()
    const { job_id } = await api.client.resizeLoadBalancers({ loadbalancers: [loadbalancer], loadbalancer_type: 3 })
    expect(job_id).toMatch(/^j-/)
    expect(await loadbalancerStates(api.client, [loadbalancer])).toEqual([['stopped', 'resizing']])
    expect((await loadbalancerRecord(api.client, loadbalancer)).loadbalancer_type).toBe(0)
    await api.drainJobs()
    expect(await loadbalancerRecord(api.client, loadbalancer)).toMatchObject({
      status: 'stopped',
      transition_status: '',
      loadbalancer_type: 3,
    })
  })

  it('checks loadbalancer_type', async () => {
    await using api = await startTestServer()
    const { loadbalancer } = await activeLoadbalancer(api)
    const bad = await refusal(api.client.resizeLoadBalancers({ loadbalancers: [loadbalancer], loadbalancer_type: 9 }))
    expect([bad.ret_code, bad.message]).toEqual([1100, expect.stringContaining('[loadbalancer_type]')])
    const missing = await refusal(api.client.call('ResizeLoadBalancers', { loadbalancers: [loadbalancer] } as never))
    expect(missing.message).toBe('MissingParameter, parameter [loadbalancer_type] is required')
  })

  it('in a project, a member who may only describe load balancers is refused', async () => {
    await using api = await startTestServer()
    const { project_id, loadbalancer, reader } = await projectLoadbalancer(api)
    const denied = await refusal(reader.resizeLoadBalancers({ loadbalancers: [loadbalancer], loadbalancer_type: 1, project_id }))
    expect([denied.ret_code, denied.message]).toEqual([1400, expect.stringContaining('is not allowed')])
  })
})
