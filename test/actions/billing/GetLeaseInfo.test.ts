import { describe, expect, it } from 'vitest'
import { defaultPrices, formatUnits, hourlyUnits } from '../../../src/server/domain/prices.js'
import { runningInstances } from '../../harness/compute.js'
import { addMember, memberWithRules, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

const HOUR = 3_600_000

describe('GetLeaseInfo', () => {
  it('shows the lease: pending, then active with the next hourly charge, then suspended (docs/compat.md#billing-charges)', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_TIMING: 'instant' } })
    // A key pair is never charged: its lease stays pending.
    const { keypair_id } = await api.client.createKeyPair({ keypair_name: 'k' })
    expect((await api.client.getLeaseInfo({ resource: keypair_id })).lease_info).toMatchObject({ status: 'pending', contract: null })

    const started = api.clock.now()
    const [instance] = await runningInstances(api)
    api.clock.advance(90 * 60_000)
    const at = (ms: number) => new Date(ms).toISOString().slice(0, 19) + 'Z'
    const answer = await api.client.getLeaseInfo({ resource: instance! })
    expect(answer.resource_id).toBe(instance)
    expect(answer.lease_info).toMatchObject({
      resource_id: instance,
      zone_id: 'pek3a',
      status: 'active',
      renewal: 'auto',
      lease_time: at(started),
      renewal_time: at(started + 2 * HOUR),
      contract: {
        duration: '1h',
        price: formatUnits(hourlyUnits(defaultPrices, { resource_type: 'instance', instance_class: 0, vcpus: 1, memory_mb: 1024 })),
        start_time: at(started),
        contract_id: expect.stringMatching(/^ct-/),
      },
    })
    await api.client.stopInstances({ instances: [instance!] })
    await api.drainJobs()
    const stopped = (await api.client.getLeaseInfo({ resource: instance! })).lease_info
    expect([stopped.status, stopped.renewal_time, stopped.contract?.contract_id]).toEqual([
      'suspended',
      null,
      answer.lease_info.contract?.contract_id,
    ])
  })

  it('answers 2100 for an unknown or a stranger’s resource, 1100 without one, 1400 to a member whose role may not describe it', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    const [instance] = await runningInstances(api, { project_id })
    expect((await refusal(api.client.getLeaseInfo({ resource: 'i-nothere0' }))).ret_code).toBe(2100)
    const stranger = await api.newUser()
    expect((await refusal(stranger.client.getLeaseInfo({ resource: instance! }))).ret_code).toBe(2100)
    const missing = await refusal(api.client.call('GetLeaseInfo', {} as never))
    expect([missing.ret_code, missing.message]).toEqual([1100, 'MissingParameter, parameter [resource] is required'])
    const member = await addMember(api, api.client, project_id, roles.member)
    expect((await member.client.getLeaseInfo({ resource: instance! })).lease_info.status).toBe('active')
    const volumesOnly = await memberWithRules(api, api.client, project_id, [{ policy: 'volume.describe' }])
    expect((await refusal(volumesOnly.client.getLeaseInfo({ resource: instance! }))).ret_code).toBe(1400)
  })
})
