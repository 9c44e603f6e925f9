import { describe, expect, it } from 'vitest'
import { jobStatus, runningInstances } from '../../harness/compute.js'
import { availableEips, eipStates, instanceEip } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('AssociateEip', () => {
  it('passes through associating to associated and shows on the instance', async () => {
    await using api = await startTestServer()
    const [eip] = await availableEips(api)
    const [instance] = await runningInstances(api, { instance_name: 'web' })
    // The docs' example sends `instance=i-12345678,` (docs/compat.md#trailing-commas).
    const { job_id } = await api.client.associateEip({ eip: eip!, instance: `${instance},` })
    expect(await eipStates(api.client, [eip!])).toEqual([['available', 'associating', '']])
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    expect(await eipStates(api.client, [eip!])).toEqual([['associated', '', instance]])
    const record = (await api.client.describeEips({ eips: [eip!] })).eip_set[0]!
    expect(record.resource).toEqual({ resource_id: instance, resource_name: 'web', resource_type: 'instance' })
    expect(await instanceEip(api.client, instance!)).toEqual({ eip_id: eip, eip_addr: record.eip_addr, bandwidth: 4 })
  })

  it('refuses an EIP in use, an instance holding one, and a terminated instance with 1400', async () => {
    await using api = await startTestServer()
    const [a, b] = await availableEips(api, 2)
    const [first, second] = await runningInstances(api, { count: 2 })
    await api.client.associateEip({ eip: a!, instance: first! })
    expect((await refusal(api.client.associateEip({ eip: b!, instance: first! }))).message).toBe(
      `PermissionDenied, instance [${first}] already holds eip [${a}], dissociate it first`,
    )
    await api.drainJobs()
    const error = await refusal(api.client.associateEip({ eip: a!, instance: second! }))
    expect([error.ret_code, error.message]).toEqual([1400, `PermissionDenied, eip [${a}] is associated, can not be associated`])
    await api.client.terminateInstances({ instances: [second!] })
    await api.drainJobs()
    expect((await refusal(api.client.associateEip({ eip: b!, instance: second! }))).ret_code).toBe(1400)
    expect((await refusal(api.client.associateEip({ eip: 'eip-nothere0', instance: first! }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.associateEip({ eip: b!, instance: first! }))).ret_code).toBe(2100)
  })

  it('with force moves the EIP and replaces the instance’s EIP', async () => {
    await using api = await startTestServer()
    const [a, b] = await availableEips(api, 2)
    const [first, second] = await runningInstances(api, { count: 2 })
    await api.client.associateEip({ eip: a!, instance: first! })
    await api.client.associateEip({ eip: b!, instance: second! })
    await api.drainJobs()
    await api.client.associateEip({ eip: a!, instance: second!, force: true })
    await api.drainJobs()
    expect(await eipStates(api.client, [a!, b!])).toEqual([
      ['associated', '', second],
      ['available', '', ''],
    ])
    expect(await instanceEip(api.client, first!)).toBeUndefined()
    expect((await instanceEip(api.client, second!))?.eip_id).toBe(a)
  })
})
