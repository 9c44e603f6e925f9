import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteVxnets', () => {
  it('deletes empty VxNets', async () => {
    await using api = await startTestServer()
    const { vxnets } = await api.client.createVxnets({ vxnet_type: 1, count: 2 })
    expect((await api.client.deleteVxnets({ vxnets })).vxnets).toEqual(vxnets)
    // Deleted by its owner: not listed, ret_code 0 (docs/compat.md#describe-removed-ids).
    expect((await api.client.describeVxnets({ vxnets: [vxnets[0]!] })).vxnet_set).toEqual([])
  })

  it('refuses a VxNet with instances (1400), deleting nothing of the batch, until they leave', async () => {
    await using api = await startTestServer()
    const {
      vxnets: [used],
    } = await api.client.createVxnets({ vxnet_type: 0 })
    const {
      vxnets: [empty],
    } = await api.client.createVxnets({ vxnet_type: 0 })
    const [instance] = await runningInstances(api, { vxnets: ['vxnet-0', used!] })
    const error = await refusal(api.client.deleteVxnets({ vxnets: [empty!, used!] }))
    expect([error.ret_code, error.message]).toEqual([1400, `PermissionDenied, vxnet [${used}] still has instances, can not be deleted`])
    expect((await api.client.describeVxnets({ vxnets: [empty!, used!] })).total_count).toBe(2)
    await api.client.leaveVxnet({ vxnet: used!, instances: [instance!] })
    await api.drainJobs()
    expect((await api.client.deleteVxnets({ vxnets: [empty!, used!] })).vxnets).toEqual([empty, used])
  })

  it('refuses vxnet-0 (1400) and unknown VxNets (2100)', async () => {
    await using api = await startTestServer()
    expect((await refusal(api.client.deleteVxnets({ vxnets: ['vxnet-0'] }))).ret_code).toBe(1400)
    expect((await refusal(api.client.deleteVxnets({ vxnets: ['vxnet-nothere'] }))).ret_code).toBe(2100)
  })
})
