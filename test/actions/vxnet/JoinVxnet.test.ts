import { describe, expect, it } from 'vitest'
import { jobStatus, runningInstances } from '../../harness/compute.js'
import { instanceNics } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('JoinVxnet', () => {
  it('adds a NIC in an unmanaged VxNet, with the fixed address asked for', async () => {
    await using api = await startTestServer()
    const {
      vxnets: [vxnet],
    } = await api.client.createVxnets({ vxnet_type: 0, vxnet_name: 'raw' })
    const [instance] = await runningInstances(api)
    const { job_id } = await api.client.joinVxnet({ vxnet: `${vxnet}|10.9.0.5`, instances: [instance!] })
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    const nics = await instanceNics(api.client, instance!)
    expect(nics).toEqual([
      ['vxnet-0', expect.stringMatching(/^10\.50\.\d+\.\d+$/)],
      [vxnet, '10.9.0.5'],
    ])
    const record = (await api.client.describeInstances({ instances: [instance!] })).instance_set[0]!
    expect(record.vxnets[1]).toMatchObject({ vxnet_name: 'raw', vxnet_type: 0, role: 0 })
  })

  it('leaves the address empty in a managed VxNet without router, and allows one managed network only', async () => {
    await using api = await startTestServer()
    const {
      vxnets: [managed],
    } = await api.client.createVxnets({ vxnet_type: 1 })
    const [instance] = await runningInstances(api)
    const error = await refusal(api.client.joinVxnet({ vxnet: managed!, instances: [instance!] }))
    expect([error.ret_code, error.message]).toEqual([
      1400,
      `PermissionDenied, instance [${instance}] is already in managed vxnet [vxnet-0], it can be in one managed network only`,
    ])
    const {
      vxnets: [raw],
    } = await api.client.createVxnets({ vxnet_type: 0 })
    const [inRaw] = await runningInstances(api, { vxnets: [raw!] })
    await api.client.joinVxnet({ vxnet: managed!, instances: [inRaw!] })
    await api.drainJobs()
    expect(await instanceNics(api.client, inRaw!)).toEqual([
      [raw, ''],
      [managed, ''],
    ])
  })

  it('confirms the basic-network NIC an instance got without vxnets: the job succeeds, nothing is added', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    const before = await instanceNics(api.client, instance!)
    expect(before).toEqual([['vxnet-0', expect.stringMatching(/^10\.50\.\d+\.\d+$/)]])
    const { job_id } = await api.client.joinVxnet({ vxnet: 'vxnet-0', instances: [instance!] })
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    expect(await instanceNics(api.client, instance!)).toEqual(before)
    await api.client.leaveVxnet({ vxnet: 'vxnet-0', instances: [instance!] })
    await api.drainJobs()
    const {
      vxnets: [raw],
    } = await api.client.createVxnets({ vxnet_type: 0 })
    await api.client.joinVxnet({ vxnet: `${raw}|10.9.0.7`, instances: [instance!] })
    await api.drainJobs()
    expect(await instanceNics(api.client, instance!)).toEqual([[raw, '10.9.0.7']])
  })

  it('refuses an instance already in the VxNet, a terminated one, and unknown or foreign VxNets', async () => {
    await using api = await startTestServer()
    const {
      vxnets: [vxnet],
    } = await api.client.createVxnets({ vxnet_type: 0 })
    const [instance, gone] = await runningInstances(api, { count: 2 })
    await api.client.joinVxnet({ vxnet: vxnet!, instances: [instance!] })
    expect((await refusal(api.client.joinVxnet({ vxnet: vxnet!, instances: [instance!] }))).message).toBe(
      `PermissionDenied, instance [${instance}] is already in vxnet [${vxnet}]`,
    )
    await api.client.terminateInstances({ instances: [gone!] })
    await api.drainJobs()
    expect((await refusal(api.client.joinVxnet({ vxnet: vxnet!, instances: [gone!] }))).ret_code).toBe(1400)
    expect((await refusal(api.client.joinVxnet({ vxnet: 'vxnet-nothere', instances: [instance!] }))).ret_code).toBe(2100)
    const other = await api.newUser()
    const {
      vxnets: [theirs],
    } = await other.client.createVxnets({ vxnet_type: 0 })
    expect((await refusal(api.client.joinVxnet({ vxnet: `${theirs}|10.0.0.9`, instances: [instance!] }))).ret_code).toBe(2100)
    expect((await refusal(api.client.joinVxnet({ vxnet: theirs!, instances: [instance!] }))).ret_code).toBe(2100)
  })
})
