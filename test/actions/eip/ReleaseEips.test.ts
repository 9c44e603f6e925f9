import { describe, expect, it } from 'vitest'
import { jobStatus, runningInstances } from '../../harness/compute.js'
import { availableEips, eipStates } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ReleaseEips', () => {
  it('passes through releasing to released; released EIPs refuse further changes', async () => {
    await using api = await startTestServer()
    const [eip] = await availableEips(api)
    const { job_id } = await api.client.releaseEips({ eips: [eip!] })
    expect(await eipStates(api.client, [eip!])).toEqual([['available', 'releasing', '']])
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    expect(await eipStates(api.client, [eip!])).toEqual([['released', '', '']])
    expect((await api.client.describeEips({})).total_count).toBe(0)
    expect((await refusal(api.client.releaseEips({ eips: [eip!] }))).ret_code).toBe(1400)
    expect((await refusal(api.client.changeEipsBandwidth({ eips: [eip!], bandwidth: 2 }))).ret_code).toBe(1400)
  })

  it('refuses an associated EIP with 1400 and releases nothing of the batch', async () => {
    await using api = await startTestServer()
    const [held, idle] = await availableEips(api, 2)
    const [instance] = await runningInstances(api)
    await api.client.associateEip({ eip: held!, instance: instance! })
    await api.drainJobs()
    const error = await refusal(api.client.releaseEips({ eips: [idle!, held!] }))
    expect([error.ret_code, error.message]).toEqual([1400, `PermissionDenied, eip [${held}] is associated, can not be released`])
    expect(await eipStates(api.client, [idle!])).toEqual([['available', '', '']])
    expect((await refusal(api.client.releaseEips({ eips: ['eip-nothere0'] }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.releaseEips({ eips: [idle!] }))).ret_code).toBe(2100)
  })
})
