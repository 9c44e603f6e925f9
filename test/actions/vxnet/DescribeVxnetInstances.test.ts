import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeVxnetInstances', () => {
  it('lists the instances in a VxNet with their address there, filtered and paged', async () => {
    await using api = await startTestServer()
    const {
      vxnets: [vxnet],
    } = await api.client.createVxnets({ vxnet_type: 0 })
    const [a, b] = await runningInstances(api, { count: 2, vxnets: [vxnet!], instance_name: 'node' })
    await api.client.stopInstances({ instances: [b!] })
    await api.drainJobs()
    const all = await api.client.describeVxnetInstances({ vxnet: vxnet! })
    expect(all.total_count).toBe(2)
    expect(all.instance_set[0]).toMatchObject({
      vxnet_id: vxnet,
      instance_name: 'node',
      image_id: 'centos7x64d',
      private_ip: '',
      dhcp_options: {},
    })
    expect(all.instance_set[0]!.nic_id).toMatch(/^52:54(:[0-9a-f]{2}){4}$/)
    const ids = async (params: Record<string, unknown>) =>
      (await api.client.call('DescribeVxnetInstances', { vxnet: vxnet!, ...params } as never)).instance_set.map((i) => i.instance_id).sort()
    // `status=v` as QingCloud's docs and the SDKs send it; `status.N` as QingCloud's CLI does; JSON text.
    expect(await ids({ status: 'stopped' })).toEqual([b])
    expect(await ids({ status: ['stopped'] })).toEqual([b])
    expect(await ids({ status: ['running', 'stopped'] })).toEqual([a, b].sort())
    expect(await ids({ status: '["running"]' })).toEqual([a])
    expect(await ids({ status: '' })).toEqual([a, b].sort())
    expect(
      (await refusal(api.client.call('DescribeVxnetInstances', { vxnet: vxnet!, status: ['running', 'lost'] } as never))).ret_code,
    ).toBe(1100)
    expect(await ids({ instance_type: 'c1m1' })).toEqual([a, b].sort())
    expect(await ids({ instance_type: ['c2m2', 'c1m1'] })).toEqual([a, b].sort())
    expect(await ids({ instance_type: ['c2m2'] })).toEqual([])
    expect(await ids({ image: 'centos7x64d' })).toEqual([a, b].sort())
    expect(await ids({ image: ['xenial4x64a'] })).toEqual([])
    expect(await ids({ image: '["xenial4x64a","centos7x64d"]', status: 'running' })).toEqual([a])
    expect((await api.client.describeVxnetInstances({ vxnet: vxnet!, instances: [a!] })).instance_set.map((i) => i.instance_id)).toEqual([
      a,
    ])
    const base = await api.client.describeVxnetInstances({ vxnet: 'vxnet-0' })
    expect(base.total_count).toBe(0)
  })

  it('shows only the caller’s instances in vxnet-0 and refuses unknown or foreign VxNets', async () => {
    await using api = await startTestServer()
    const [mine] = await runningInstances(api)
    const other = await api.newUser()
    await runningInstances(api, {}, other.client)
    const base = await api.client.describeVxnetInstances({ vxnet: 'vxnet-0' })
    expect(base.instance_set.map((i) => i.instance_id)).toEqual([mine])
    expect(base.instance_set[0]!.private_ip).toMatch(/^10\.50\./)
    expect((await refusal(api.client.describeVxnetInstances({ vxnet: 'vxnet-nothere' }))).ret_code).toBe(2100)
    const {
      vxnets: [theirs],
    } = await other.client.createVxnets({ vxnet_type: 0 })
    expect((await refusal(api.client.describeVxnetInstances({ vxnet: theirs! }))).ret_code).toBe(2100)
  })
})
