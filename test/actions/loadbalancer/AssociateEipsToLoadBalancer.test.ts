import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { activeLoadbalancer, loadbalancerRecord, projectLoadbalancer } from '../../harness/loadbalancers.js'
import { activeRouters, availableEips, eipStates, routedVxnet } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('AssociateEipsToLoadBalancer', () => {
  it('associates available EIPs: associating, then associated, shown on the load balancer; at most 4', async () => {
    await using api = await startTestServer()
    const { loadbalancer, eips: first } = await activeLoadbalancer(api)
    const more = await availableEips(api, 3)
    const { job_id } = await api.client.associateEipsToLoadBalancer({ loadbalancer, eips: more })
    expect(job_id).toMatch(/^j-/)
    expect(await eipStates(api.client, more)).toEqual(more.map(() => ['available', 'associating', '']))
    await api.drainJobs()
    expect(await eipStates(api.client, more)).toEqual(more.map(() => ['associated', '', loadbalancer]))
    expect((await loadbalancerRecord(api.client, loadbalancer)).eips.map((e) => e.eip_id).sort()).toEqual([...first, ...more].sort())
    const [fifth] = await availableEips(api)
    const full = await refusal(api.client.associateEipsToLoadBalancer({ loadbalancer, eips: [fifth!] }))
    expect([full.ret_code, full.message]).toEqual([1400, expect.stringContaining('holds 4 EIPs')])
  })

  it('refuses an EIP held elsewhere, a private load balancer, and one in transition', async () => {
    await using api = await startTestServer()
    const { loadbalancer, eips: held } = await activeLoadbalancer(api)
    const [instance] = await runningInstances(api)
    const [onInstance] = await availableEips(api)
    await api.client.associateEip({ eip: onInstance!, instance: instance! })
    await api.drainJobs()
    const taken = await refusal(api.client.associateEipsToLoadBalancer({ loadbalancer, eips: [onInstance!] }))
    expect([taken.ret_code, taken.message]).toEqual([1400, expect.stringContaining('is associated')])
    const { vxnet } = await routedVxnet(api)
    const { loadbalancer_id: inside } = await api.client.createLoadBalancer({ vxnet })
    await api.drainJobs()
    const [free] = await availableEips(api)
    const privateOne = await refusal(api.client.associateEipsToLoadBalancer({ loadbalancer: inside, eips: [free!] }))
    expect([privateOne.ret_code, privateOne.message]).toEqual([1400, expect.stringContaining('is private')])
    expect((await refusal(api.client.associateEipsToLoadBalancer({ loadbalancer, eips: ['eip-nothere0'] }))).ret_code).toBe(2100)
    await api.client.stopLoadBalancers({ loadbalancers: [loadbalancer] })
    const stopping = await refusal(api.client.associateEipsToLoadBalancer({ loadbalancer, eips: [free!] }))
    expect([stopping.ret_code, stopping.message]).toEqual([1400, expect.stringContaining('is stopping')])
    expect(held).toHaveLength(1)
  })

  it("keeps a load balancer's EIP from instances and routers: AssociateEip (even forced), DissociateEips and routers refuse it", async () => {
    await using api = await startTestServer()
    const { loadbalancer, eips } = await activeLoadbalancer(api)
    const eip = eips[0]!
    const [instance] = await runningInstances(api)
    const forced = await refusal(api.client.associateEip({ eip, instance: instance!, force: true }))
    expect([forced.ret_code, forced.message]).toEqual([1400, expect.stringContaining(`held by loadbalancer [${loadbalancer}]`)])
    const dissociate = await refusal(api.client.dissociateEips({ eips: [eip] }))
    expect([dissociate.ret_code, dissociate.message]).toEqual([1400, expect.stringContaining('DissociateEipsFromLoadBalancer')])
    expect((await refusal(api.client.releaseEips({ eips: [eip] }))).ret_code).toBe(1400)
    const [router] = await activeRouters(api)
    expect((await refusal(api.client.modifyRouterAttributes({ router: router!, eip }))).ret_code).toBe(1400)
    expect(await eipStates(api.client, [eip])).toEqual([['associated', '', loadbalancer]])
  })

  it('in a project, a member who may only describe load balancers is refused', async () => {
    await using api = await startTestServer()
    const { project_id, loadbalancer, reader } = await projectLoadbalancer(api)
    const denied = await refusal(reader.associateEipsToLoadBalancer({ loadbalancer, eips: ['eip-nothere0'], project_id }))
    expect([denied.ret_code, denied.message]).toEqual([1400, expect.stringContaining('is not allowed')])
  })
})
