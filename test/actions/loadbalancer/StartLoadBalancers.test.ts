import { describe, expect, it } from 'vitest'
import { activeLoadbalancer, loadbalancerStates, projectLoadbalancer } from '../../harness/loadbalancers.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('StartLoadBalancers', () => {
  it('passes through starting to active; an active or creating one is refused', async () => {
    await using api = await startTestServer()
    const { loadbalancer } = await activeLoadbalancer(api)
    const active = await refusal(api.client.startLoadBalancers({ loadbalancers: [loadbalancer] }))
    expect([active.ret_code, active.message]).toEqual([1400, expect.stringContaining('is active, it can not be started')])
    await api.client.stopLoadBalancers({ loadbalancers: [loadbalancer] })
    await api.drainJobs()
    const { job_id } = await api.client.startLoadBalancers({ loadbalancers: [loadbalancer] })
    expect(job_id).toMatch(/^j-/)
    expect(await loadbalancerStates(api.client, [loadbalancer])).toEqual([['stopped', 'starting']])
    await api.drainJobs()
    expect(await loadbalancerStates(api.client, [loadbalancer])).toEqual([['active', '']])
    const { loadbalancer_id } = await api.client.createLoadBalancer({ vxnet: 'vxnet-0' })
    const creating = await refusal(api.client.startLoadBalancers({ loadbalancers: [loadbalancer_id] }))
    expect([creating.ret_code, creating.message]).toEqual([1400, expect.stringContaining('is creating')])
    expect((await refusal(api.client.startLoadBalancers({ loadbalancers: ['lb-nothere0'] }))).ret_code).toBe(2100)
    expect((await refusal(api.client.call('StartLoadBalancers', {} as never))).ret_code).toBe(1100)
  })

  it('in a project, a member who may only describe load balancers is refused', async () => {
    await using api = await startTestServer()
    const { project_id, loadbalancer, reader } = await projectLoadbalancer(api)
    await api.client.stopLoadBalancers({ loadbalancers: [loadbalancer] })
    await api.drainJobs()
    const denied = await refusal(reader.startLoadBalancers({ loadbalancers: [loadbalancer], project_id }))
    expect([denied.ret_code, denied.message]).toEqual([1400, expect.stringContaining('is not allowed')])
  })
})
