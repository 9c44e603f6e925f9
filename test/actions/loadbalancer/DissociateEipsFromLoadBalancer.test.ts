import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { activeLoadbalancer, loadbalancerRecord, projectLoadbalancer } from '../../harness/loadbalancers.js'
import { availableEips, eipStates } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DissociateEipsFromLoadBalancer', () => {
  it('dissociates its EIPs: dissociating, then available, free for an instance', async () => {
    await using api = await startTestServer()
    const { loadbalancer, eips } = await activeLoadbalancer(api, { eips: 2 })
    const { job_id } = await api.client.dissociateEipsFromLoadBalancer({ loadbalancer, eips: [eips[0]!] })
    expect(job_id).toMatch(/^j-/)
    expect(await eipStates(api.client, [eips[0]!])).toEqual([['associated', 'dissociating', loadbalancer]])
    await api.drainJobs()
    expect(await eipStates(api.client, eips)).toEqual([
      ['available', '', ''],
      ['associated', '', loadbalancer],
    ])
    expect((await loadbalancerRecord(api.client, loadbalancer)).eips.map((e) => e.eip_id)).toEqual([eips[1]])
    const [instance] = await runningInstances(api)
    await api.client.associateEip({ eip: eips[0]!, instance: instance! })
    await api.drainJobs()
    expect(await eipStates(api.client, [eips[0]!])).toEqual([['associated', '', instance]])
  })

  it('refuses an EIP the load balancer does not hold', async () => {
    await using api = await startTestServer()
    const { loadbalancer } = await activeLoadbalancer(api)
    const { loadbalancer: other, eips: theirs } = await activeLoadbalancer(api)
    const [free] = await availableEips(api)
    const notHeld = await refusal(api.client.dissociateEipsFromLoadBalancer({ loadbalancer, eips: [theirs[0]!] }))
    expect([notHeld.ret_code, notHeld.message]).toEqual([
      1400,
      expect.stringContaining(`not associated with loadbalancer [${loadbalancer}]`),
    ])
    expect((await refusal(api.client.dissociateEipsFromLoadBalancer({ loadbalancer, eips: [free!] }))).ret_code).toBe(1400)
    expect((await refusal(api.client.call('DissociateEipsFromLoadBalancer', { loadbalancer } as never))).ret_code).toBe(1100)
    expect(await eipStates(api.client, theirs)).toEqual([['associated', '', other]])
  })

  it('in a project, a member who may only describe load balancers is refused', async () => {
    await using api = await startTestServer()
    const { project_id, loadbalancer, eips, reader } = await projectLoadbalancer(api)
    const denied = await refusal(reader.dissociateEipsFromLoadBalancer({ loadbalancer, eips, project_id }))
    expect([denied.ret_code, denied.message]).toEqual([1400, expect.stringContaining('is not allowed')])
  })
})
