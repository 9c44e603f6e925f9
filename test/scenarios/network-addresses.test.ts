import { describe, expect, it } from 'vitest'
import { basicInstance, runningInstances } from '../harness/compute.js'
import { activeRouters, instanceNics } from '../harness/network.js'
import { startTestServer } from '../harness/server.js'

describe('private addresses under concurrency', () => {
  it('hands every address of a small DHCP range out once and loses none', async () => {
    await using api = await startTestServer()
    const [router] = await activeRouters(api)
    const { vxnets: [vxnet] } = await api.client.createVxnets({ vxnet_type: 1 })
    // Ten addresses: .2 to .11.
    await api.client.joinRouter({ router: router!, vxnet: vxnet!, ip_network: '192.168.9.0/24', dyn_ip_start: '192.168.9.2', dyn_ip_end: '192.168.9.11' })
    await api.drainJobs()
    const outcomes = await Promise.allSettled(Array.from({ length: 14 }, () => api.client.runInstances({ ...basicInstance, vxnets: [vxnet!] })))
    const created = outcomes.flatMap((o) => (o.status === 'fulfilled' ? o.value.instances : []))
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [(o.reason as { ret_code: number }).ret_code] : []))
    expect(created).toHaveLength(10)
    expect(refused).toEqual([5200, 5200, 5200, 5200])
    await api.drainJobs()
    const members = await api.client.describeVxnetInstances({ vxnet: vxnet!, limit: 100 })
    const addresses = members.instance_set.map((i) => i.private_ip).sort()
    expect(addresses).toEqual(Array.from({ length: 10 }, (_, i) => `192.168.9.${i + 2}`).sort())
    expect((await api.client.describeVxnets({ vxnets: [vxnet!] })).vxnet_set[0]!.available_ip_count).toBe(0)
  })

  it('gives concurrent JoinVxnet calls distinct addresses, and LeaveVxnet returns them', async () => {
    await using api = await startTestServer()
    const [router] = await activeRouters(api)
    const { vxnets: [vxnet] } = await api.client.createVxnets({ vxnet_type: 1 })
    await api.client.joinRouter({ router: router!, vxnet: vxnet!, ip_network: '192.168.8.0/24', dyn_ip_start: '192.168.8.10', dyn_ip_end: '192.168.8.15' })
    const { vxnets: [raw] } = await api.client.createVxnets({ vxnet_type: 0 })
    await api.drainJobs()
    // Instances in an unmanaged network only, so they may join the managed one.
    const instances = await runningInstances(api, { count: 6, vxnets: [raw!] })
    await Promise.all(instances.map((instance) => api.client.joinVxnet({ vxnet: vxnet!, instances: [instance] })))
    await api.drainJobs()
    const held = await Promise.all(instances.map(async (i) => (await instanceNics(api.client, i)).find(([id]) => id === vxnet)![1]))
    expect(new Set(held).size).toBe(6)
    await api.client.leaveVxnet({ vxnet: vxnet!, instances: instances.slice(0, 2) })
    await api.drainJobs()
    const [late] = await runningInstances(api, { vxnets: [vxnet!] })
    const [[, address]] = (await instanceNics(api.client, late!)) as [[string, string]]
    expect(held.slice(0, 2)).toContain(address)
  })
})
