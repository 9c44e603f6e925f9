import { describe, expect, it } from 'vitest'
import { jobStatus } from '../../harness/compute.js'
import { activeLoadbalancer, listenerWithBackends, loadbalancerStates, projectLoadbalancer } from '../../harness/loadbalancers.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('StopLoadBalancers', () => {
  it('passes through stopping to stopped, all or nothing; a stopped one is refused', async () => {
    await using api = await startTestServer()
    const { loadbalancer } = await activeLoadbalancer(api)
    const { loadbalancer: second } = await activeLoadbalancer(api)
    const { job_id } = await api.client.stopLoadBalancers({ loadbalancers: [loadbalancer, second] })
    expect(await loadbalancerStates(api.client, [loadbalancer, second])).toEqual([
      ['active', 'stopping'],
      ['active', 'stopping'],
    ])
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    expect(await loadbalancerStates(api.client, [loadbalancer, second])).toEqual([
      ['stopped', ''],
      ['stopped', ''],
    ])
    const { loadbalancer: third } = await activeLoadbalancer(api)
    const stopped = await refusal(api.client.stopLoadBalancers({ loadbalancers: [third, loadbalancer] }))
    expect([stopped.ret_code, stopped.message]).toEqual([1400, expect.stringContaining('is stopped, it can not be stopped')])
    expect(await loadbalancerStates(api.client, [third])).toEqual([['active', '']])
  })

  it('keeps listeners on a stopped load balancer, whose backends read down', async () => {
    await using api = await startTestServer()
    const { loadbalancer } = await listenerWithBackends(api, { resources: ['10.0.0.5'] })
    expect((await api.client.describeLoadBalancerBackends({ loadbalancer })).loadbalancer_backend_set[0]!.status).toBe('up')
    await api.client.stopLoadBalancers({ loadbalancers: [loadbalancer] })
    await api.drainJobs()
    expect((await api.client.describeLoadBalancerBackends({ loadbalancer })).loadbalancer_backend_set[0]!.status).toBe('down')
    expect((await api.client.describeLoadBalancerListeners({ loadbalancer })).total_count).toBe(1)
  })

  it('in a project, a member who may only describe load balancers is refused', async () => {
    await using api = await startTestServer()
    const { project_id, loadbalancer, reader } = await projectLoadbalancer(api)
    const denied = await refusal(reader.stopLoadBalancers({ loadbalancers: [loadbalancer], project_id }))
    expect([denied.ret_code, denied.message]).toEqual([1400, expect.stringContaining('is not allowed')])
  })
})
