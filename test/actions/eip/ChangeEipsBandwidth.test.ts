import { describe, expect, it } from 'vitest'
import { jobStatus, runningInstances } from '../../harness/compute.js'
import { availableEips, instanceEip } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ChangeEipsBandwidth', () => {
  it('changes the cap at once, on the EIP and on its instance, without a transition', async () => {
    await using api = await startTestServer()
    const [eip, idle] = await availableEips(api, 2)
    const [instance] = await runningInstances(api)
    await api.client.associateEip({ eip: eip!, instance: instance! })
    await api.drainJobs()
    const { job_id } = await api.client.changeEipsBandwidth({ eips: [eip!, idle!], bandwidth: 20 })
    const { eip_set } = await api.client.describeEips({ eips: [eip!, idle!] })
    expect(eip_set.map((e) => [e.bandwidth, e.transition_status])).toEqual([
      [20, ''],
      [20, ''],
    ])
    expect((await instanceEip(api.client, instance!))?.bandwidth).toBe(20)
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
  })

  it('checks the bandwidth (1100), the eip_bandwidth quota (2500) and the EIP state (1400)', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'eip_bandwidth=10' } })
    const [eip] = await availableEips(api)
    expect((await refusal(api.client.changeEipsBandwidth({ eips: [eip!], bandwidth: 0 }))).ret_code).toBe(1100)
    expect((await refusal(api.client.changeEipsBandwidth({ eips: [eip!], bandwidth: 11 }))).ret_code).toBe(2500)
    const [instance] = await runningInstances(api)
    await api.client.associateEip({ eip: eip!, instance: instance! })
    expect((await refusal(api.client.changeEipsBandwidth({ eips: [eip!], bandwidth: 2 }))).ret_code).toBe(1400)
  })
})
