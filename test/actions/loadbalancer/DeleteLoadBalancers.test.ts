import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { activeLoadbalancer, httpListener, loadbalancerStates, projectLoadbalancer } from '../../harness/loadbalancers.js'
import { eipStates } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteLoadBalancers', () => {
  it('passes through deleting to deleted, removing listeners and backends and freeing EIPs and the group', async () => {
    await using api = await startTestServer()
    const { loadbalancer, eips } = await activeLoadbalancer(api, { eips: 2 })
    const [instance] = await runningInstances(api)
    const listener = await httpListener(api.client, loadbalancer)
    const {
      loadbalancer_backends: [backend],
    } = await api.client.addLoadBalancerBackends({
      loadbalancer_listener: listener,
      backends: [{ resource_id: instance!, port: 80, weight: 5 }],
    })
    const answer = await api.client.deleteLoadBalancers({ loadbalancers: [loadbalancer] })
    expect(answer.loadbalancers).toEqual([loadbalancer])
    expect(await loadbalancerStates(api.client, [loadbalancer])).toEqual([['active', 'deleting']])
    await api.drainJobs()
    expect(await loadbalancerStates(api.client, [loadbalancer])).toEqual([['deleted', '']])
    expect(await eipStates(api.client, eips)).toEqual([
      ['available', '', ''],
      ['available', '', ''],
    ])
    expect((await api.client.describeLoadBalancerListeners({})).total_count).toBe(0)
    expect((await api.client.describeLoadBalancerBackends({})).total_count).toBe(0)
    expect((await refusal(api.client.describeLoadBalancerListeners({ loadbalancer_listeners: ['lbl-nothere0'] }))).ret_code).toBe(2100)
    // The caller's own deleted parts are not listed, and not an error (docs/compat.md#describe-removed-ids).
    expect((await api.client.describeLoadBalancerBackends({ loadbalancer_backends: [backend!] })).total_count).toBe(0)
    const group = (await api.client.describeSecurityGroups({ verbose: 1 })).security_group_set[0]!
    expect(group.resources!.map((r) => r.resource_id)).toEqual([instance])
    // Listed by default until it ceases; the EIPs go straight to a new load balancer.
    expect((await api.client.describeLoadBalancers({})).loadbalancer_set.map((lb) => lb.status)).toEqual(['deleted'])
    await api.client.createLoadBalancer({ eips })
    const again = await refusal(api.client.deleteLoadBalancers({ loadbalancers: [loadbalancer] }))
    expect([again.ret_code, again.message]).toEqual([1400, expect.stringContaining('is deleted, it can not be deleted')])
  })

  it('refuses a creating load balancer and unknown ids, all or nothing', async () => {
    await using api = await startTestServer()
    const { loadbalancer } = await activeLoadbalancer(api)
    const { loadbalancer_id } = await api.client.createLoadBalancer({ vxnet: 'vxnet-0' })
    expect((await refusal(api.client.deleteLoadBalancers({ loadbalancers: [loadbalancer, loadbalancer_id] }))).ret_code).toBe(1400)
    expect((await refusal(api.client.deleteLoadBalancers({ loadbalancers: [loadbalancer, 'lb-nothere0'] }))).ret_code).toBe(2100)
    expect(await loadbalancerStates(api.client, [loadbalancer])).toEqual([['active', '']])
    const other = await api.newUser()
    expect((await refusal(other.client.deleteLoadBalancers({ loadbalancers: [loadbalancer] }))).ret_code).toBe(2100)
  })

  it('in a project, a member who may only describe load balancers is refused', async () => {
    await using api = await startTestServer()
    const { project_id, loadbalancer, reader } = await projectLoadbalancer(api)
    const denied = await refusal(reader.deleteLoadBalancers({ loadbalancers: [loadbalancer], project_id }))
    expect([denied.ret_code, denied.message]).toEqual([1400, expect.stringContaining('is not allowed')])
  })
})
