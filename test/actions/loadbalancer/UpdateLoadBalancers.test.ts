import { describe, expect, it } from 'vitest'
import {
  activeLoadbalancer,
  httpListener,
  loadbalancerRecord,
  loadbalancerStates,
  projectLoadbalancer,
} from '../../harness/loadbalancers.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('UpdateLoadBalancers', () => {
  it('applies staged changes: updating, then is_applied 1 in the status it had', async () => {
    await using api = await startTestServer()
    const { loadbalancer } = await activeLoadbalancer(api)
    await httpListener(api.client, loadbalancer)
    expect((await loadbalancerRecord(api.client, loadbalancer)).is_applied).toBe(0)
    await api.client.updateLoadBalancers({ loadbalancers: [loadbalancer] })
    expect(await loadbalancerStates(api.client, [loadbalancer])).toEqual([['active', 'updating']])
    const busy = await refusal(
      api.client.addLoadBalancerListeners({ loadbalancer, listeners: [{ listener_port: 81, listener_protocol: 'tcp' }] }),
    )
    expect([busy.ret_code, busy.message]).toEqual([1400, expect.stringContaining('is updating')])
    await api.drainJobs()
    expect(await loadbalancerRecord(api.client, loadbalancer)).toMatchObject({ status: 'active', transition_status: '', is_applied: 1 })
    await api.client.stopLoadBalancers({ loadbalancers: [loadbalancer] })
    await api.drainJobs()
    await api.client.modifyLoadBalancerAttributes({ loadbalancer, http_header_size: 32 })
    await api.client.updateLoadBalancers({ loadbalancers: [loadbalancer] })
    await api.drainJobs()
    expect(await loadbalancerRecord(api.client, loadbalancer)).toMatchObject({ status: 'stopped', is_applied: 1, http_header_size: 32 })
  })

  it('refuses load balancers being created or deleted', async () => {
    await using api = await startTestServer()
    const { loadbalancer_id } = await api.client.createLoadBalancer({ vxnet: 'vxnet-0' })
    expect((await refusal(api.client.updateLoadBalancers({ loadbalancers: [loadbalancer_id] }))).ret_code).toBe(1400)
    await api.drainJobs()
    await api.client.deleteLoadBalancers({ loadbalancers: [loadbalancer_id] })
    await api.drainJobs()
    const deleted = await refusal(api.client.updateLoadBalancers({ loadbalancers: [loadbalancer_id] }))
    expect([deleted.ret_code, deleted.message]).toEqual([1400, expect.stringContaining('is deleted')])
  })

  it('in a project, a member who may only describe load balancers is refused', async () => {
    await using api = await startTestServer()
    const { project_id, loadbalancer, reader } = await projectLoadbalancer(api)
    const denied = await refusal(reader.updateLoadBalancers({ loadbalancers: [loadbalancer], project_id }))
    expect([denied.ret_code, denied.message]).toEqual([1400, expect.stringContaining('is not allowed')])
  })
})
