import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { availableEips, instanceNics } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('LeaveVxnet', () => {
  it('removes the NIC when the job ends and frees its address', async () => {
    await using api = await startTestServer()
    const {
      vxnets: [vxnet],
    } = await api.client.createVxnets({ vxnet_type: 0 })
    const [a, b] = await runningInstances(api, { count: 2 })
    await api.client.joinVxnet({ vxnet: `${vxnet}|10.9.0.5`, instances: [a!] })
    await api.drainJobs()
    await api.client.leaveVxnet({ vxnet: vxnet!, instances: [a!] })
    expect((await instanceNics(api.client, a!)).map(([id]) => id)).toEqual(['vxnet-0', vxnet])
    await api.drainJobs()
    expect((await instanceNics(api.client, a!)).map(([id]) => id)).toEqual(['vxnet-0'])
    const members = await api.client.describeVxnetInstances({ vxnet: vxnet! })
    expect(members.total_count).toBe(0)
    await api.client.joinVxnet({ vxnet: `${vxnet}|10.9.0.5`, instances: [b!] })
    await api.drainJobs()
    expect(await instanceNics(api.client, b!)).toContainEqual([vxnet, '10.9.0.5'])
  })

  it('refuses an instance not in the VxNet, and the last network of an instance with an EIP', async () => {
    await using api = await startTestServer()
    const {
      vxnets: [vxnet],
    } = await api.client.createVxnets({ vxnet_type: 0 })
    const [instance] = await runningInstances(api)
    expect((await refusal(api.client.leaveVxnet({ vxnet: vxnet!, instances: [instance!] }))).message).toBe(
      `PermissionDenied, instance [${instance}] is not in vxnet [${vxnet}]`,
    )
    const [eip] = await availableEips(api)
    await api.client.associateEip({ eip: eip!, instance: instance! })
    await api.drainJobs()
    expect((await refusal(api.client.leaveVxnet({ vxnet: 'vxnet-0', instances: [instance!] }))).ret_code).toBe(1400)
  })
})
