import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { availableEips, eipStates, instanceEip } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DissociateEips', () => {
  it('passes through dissociating to available and clears both sides', async () => {
    await using api = await startTestServer()
    const [eip] = await availableEips(api)
    const [instance] = await runningInstances(api)
    await api.client.associateEip({ eip: eip!, instance: instance! })
    await api.drainJobs()
    await api.client.dissociateEips({ eips: [eip!] })
    expect(await eipStates(api.client, [eip!])).toEqual([['associated', 'dissociating', instance]])
    await api.drainJobs()
    expect(await eipStates(api.client, [eip!])).toEqual([['available', '', '']])
    expect((await api.client.describeEips({ eips: [eip!] })).eip_set[0]!.resource).toEqual({})
    expect(await instanceEip(api.client, instance!)).toBeUndefined()
    expect((await api.client.describeEips({ instance_id: instance })).total_count).toBe(0)
  })

  it('refuses an EIP that is not associated with 1400 and dissociates nothing of the batch', async () => {
    await using api = await startTestServer()
    const [held, idle] = await availableEips(api, 2)
    const [instance] = await runningInstances(api)
    await api.client.associateEip({ eip: held!, instance: instance! })
    await api.drainJobs()
    const error = await refusal(api.client.dissociateEips({ eips: [held!, idle!] }))
    expect([error.ret_code, error.message]).toEqual([1400, `PermissionDenied, eip [${idle}] is available, can not be dissociated`])
    expect(await eipStates(api.client, [held!])).toEqual([['associated', '', instance]])
    expect((await refusal(api.client.dissociateEips({ eips: ['eip-nothere0'] }))).ret_code).toBe(2100)
  })

  it('happens by itself when the instance is terminated', async () => {
    await using api = await startTestServer()
    const [eip] = await availableEips(api)
    const instances = await runningInstances(api)
    await api.client.associateEip({ eip: eip!, instance: instances[0]! })
    await api.drainJobs()
    await api.client.terminateInstances({ instances })
    await api.drainJobs()
    expect(await eipStates(api.client, [eip!])).toEqual([['available', '', '']])
  })
})
