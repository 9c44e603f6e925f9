import { describe, expect, it } from 'vitest'
import { basicInstance, runningInstances } from '../harness/compute.js'
import { activeRouters, instanceNics } from '../harness/network.js'
import { refusal } from '../harness/refusal.js'
import { startTestServer } from '../harness/server.js'

describe('private addresses under concurrency', () => {
  it('hands every address of a small DHCP range out once and loses none', async () => {
    await using api = await startTestServer()
    const [router] = await activeRouters(api)
    const {
      vxnets: [vxnet],
    } = await api.client.createVxnets({ vxnet_type: 1 })
    // Ten addresses: .2 to .11.
    await api.client.joinRouter({
      router: router!,
      vxnet: vxnet!,
      ip_network: '192.168.9.0/24',
      dyn_ip_start: '192.168.9.2',
      dyn_ip_end: '192.168.9.11',
    })
    await api.drainJobs()
    const outcomes = await Promise.allSettled(
      Array.from({ length: 14 }, () => api.client.runInstances({ ...basicInstance, vxnets: [vxnet!] })),
    )
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
    const {
      vxnets: [vxnet],
    } = await api.client.createVxnets({ vxnet_type: 1 })
    await api.client.joinRouter({
      router: router!,
      vxnet: vxnet!,
      ip_network: '192.168.8.0/24',
      dyn_ip_start: '192.168.8.10',
      dyn_ip_end: '192.168.8.15',
    })
    const {
      vxnets: [raw],
    } = await api.client.createVxnets({ vxnet_type: 0 })
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

  it('RunInstances puts NICs in the caller’s VxNets, one managed network at most', async () => {
    await using api = await startTestServer()
    const [router] = await activeRouters(api)
    const {
      vxnets: [managed],
    } = await api.client.createVxnets({ vxnet_type: 1 })
    await api.client.joinRouter({ router: router!, vxnet: managed!, ip_network: '192.168.7.0/24' })
    await api.drainJobs()
    const {
      vxnets: [raw],
    } = await api.client.createVxnets({ vxnet_type: 0 })
    const [instance] = await runningInstances(api, { vxnets: [managed!, raw!], count: 1 })
    const nics = (await api.client.describeInstances({ instances: [instance!] })).instance_set[0]!.vxnets
    expect(nics.map((n) => [n.vxnet_id, n.vxnet_type, n.role])).toEqual([
      [managed, 1, 1],
      [raw, 0, 0],
    ])
    expect(nics[0]!.private_ip).toMatch(/^192\.168\.7\.\d+$/)
    const both = await refusal(api.client.runInstances({ ...basicInstance, vxnets: ['vxnet-0', managed!] }))
    expect([both.ret_code, both.message]).toEqual([
      1400,
      `PermissionDenied, an instance can be in one managed network only, not [vxnet-0, ${managed}]`,
    ])
    expect((await refusal(api.client.runInstances({ ...basicInstance, vxnets: ['vxnet-nothere'] }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.runInstances({ ...basicInstance, vxnets: [raw!] }))).ret_code).toBe(2100)
    expect((await refusal(api.client.runInstances({ ...basicInstance, vxnets: [`${managed}|192.168.7.1`] }))).ret_code).toBe(1400)
  })
})
