import { describe, expect, it } from 'vitest'
import { runningInstances } from '../harness/compute.js'
import { activeRouters, eipStates, routerStates } from '../harness/network.js'
import { refusal } from '../harness/refusal.js'
import { startTestServer } from '../harness/server.js'

describe('refused transitions leave EIPs and routers as they were', () => {
  it('EIPs: every state-changing action outside its states answers 1400', async () => {
    await using api = await startTestServer()
    const c = api.client
    const [instance] = await runningInstances(api)
    const {
      eips: [available, associating, associated, released],
    } = await c.allocateEips({ bandwidth: 2, count: 4 })
    await c.associateEip({ eip: associated!, instance: instance! })
    await c.releaseEips({ eips: [released!] })
    await api.drainJobs()
    const [second] = await runningInstances(api)
    await c.associateEip({ eip: associating!, instance: second! })
    const before = await eipStates(c, [available!, associating!, associated!, released!])
    expect(before).toEqual([
      ['available', '', ''],
      ['available', 'associating', ''],
      ['associated', '', instance],
      ['released', '', ''],
    ])
    const cases: Array<[string, () => Promise<unknown>]> = [
      ['dissociate available', () => c.dissociateEips({ eips: [available!] })],
      ['dissociate associating', () => c.dissociateEips({ eips: [associating!] })],
      ['release associating', () => c.releaseEips({ eips: [associating!] })],
      ['release associated', () => c.releaseEips({ eips: [associated!] })],
      ['associate associated', () => c.associateEip({ eip: associated!, instance: second! })],
      ['associate released', () => c.associateEip({ eip: released!, instance: second! })],
      ['dissociate released', () => c.dissociateEips({ eips: [released!] })],
      ['bandwidth associating', () => c.changeEipsBandwidth({ eips: [associating!], bandwidth: 3 })],
      ['bandwidth released', () => c.changeEipsBandwidth({ eips: [released!], bandwidth: 3 })],
      ['billing released', () => c.changeEipsBillingMode({ eips: [released!], billing_mode: 'traffic' })],
    ]
    for (const [name, call] of cases) expect([name, (await refusal(call())).ret_code]).toEqual([name, 1400])
    expect(await eipStates(c, [available!, associating!, associated!, released!])).toEqual(before)
  })

  it('routers: every state-changing action outside its states answers 1400', async () => {
    await using api = await startTestServer()
    const c = api.client
    const [active, off] = await activeRouters(api, 2)
    await c.powerOffRouters({ routers: [off!] })
    await api.drainJobs()
    const {
      routers: [creating],
    } = await c.createRouters({})
    const {
      vxnets: [vxnet],
    } = await c.createVxnets({ vxnet_type: 1 })
    const before = await routerStates(c, [active!, off!, creating!])
    const cases: Array<[string, () => Promise<unknown>]> = [
      ['power on active', () => c.powerOnRouters({ routers: [active!] })],
      ['power off poweroffed', () => c.powerOffRouters({ routers: [off!] })],
      ['update poweroffed', () => c.updateRouters({ routers: [off!] })],
      ['update creating', () => c.updateRouters({ routers: [creating!] })],
      ['delete creating', () => c.deleteRouters({ routers: [creating!] })],
      ['join creating', () => c.joinRouter({ router: creating!, vxnet: vxnet!, ip_network: '192.168.1.0/24' })],
    ]
    for (const [name, call] of cases) expect([name, (await refusal(call())).ret_code]).toEqual([name, 1400])
    expect(await routerStates(c, [active!, off!, creating!])).toEqual(before)
    // A poweroffed router still accepts VxNets (docs/compat.md#resource-states).
    await c.joinRouter({ router: off!, vxnet: vxnet!, ip_network: '192.168.1.0/24' })
    await api.drainJobs()
    expect((await c.describeRouterVxnets({ router: off! })).total_count).toBe(1)
  })
})
