import { describe, expect, it } from 'vitest'
import { defaultPrices, formatUnits, hourlyUnits } from '../../../src/server/domain/prices.js'
import { runningInstances } from '../../harness/compute.js'
import { addMember, memberWithRules, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

const HOUR = 3_600_000
const at = (ms: number) => new Date(ms).toISOString().slice(0, 19) + 'Z'

describe('GetChargeRecords', () => {
  it('lists one charge per hour passed, the last part-hour pro rata, a resize as a new price (docs/compat.md#billing-charges)', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_TIMING: 'instant' } })
    const started = api.clock.now()
    const {
      volumes: [volume],
    } = await api.client.createVolumes({ size: 100, volume_type: 0, volume_name: 'data' })
    await api.drainJobs()
    api.clock.advance(2 * HOUR + 30 * 60_000)
    const small = hourlyUnits(defaultPrices, { resource_type: 'volume', volume_type: 0, size: 100 })
    const big = hourlyUnits(defaultPrices, { resource_type: 'volume', volume_type: 0, size: 200 })
    let answer = await api.client.getChargeRecords({ resource: volume! })
    expect([answer.total_count, answer.total_sum]).toEqual([2, formatUnits(2 * small)])
    expect(answer.charge_record_set[0]).toEqual({
      user_id: api.root.user_id,
      resource_id: volume,
      resource_name: 'data',
      resource_type: 'volume',
      contract_id: expect.stringMatching(/^ct-/),
      start_time: at(started),
      end_time: at(started + HOUR),
      currency: 'cny',
      duration: '1h',
      price: formatUnits(small),
      fee: formatUnits(small),
      total_sum: 1,
      unit: 'hour',
      remarks: '',
      zone_id: 'pek3a',
    })

    // Resized after 2.5 hours: the half hour is charged pro rata, then the new size by the hour.
    await api.client.resizeVolumes({ volumes: [volume!], size: 200 })
    await api.drainJobs()
    api.clock.advance(HOUR)
    answer = await api.client.getChargeRecords({ resource: volume! })
    expect(answer.charge_record_set.map((r) => [r.price, r.fee, r.total_sum])).toEqual([
      [formatUnits(small), formatUnits(small), 1],
      [formatUnits(small), formatUnits(small), 1],
      [formatUnits(small), formatUnits(small / 2), 0.5],
      [formatUnits(big), formatUnits(big), 1],
    ])
    expect(answer.total_sum).toBe(formatUnits(2.5 * small + big))

    // The window selects by the end of each charge, and paging leaves the sum whole.
    const window = await api.client.getChargeRecords({
      resource: volume!,
      start_time: at(started + HOUR),
      end_time: at(started + 3 * HOUR),
      limit: 1,
      offset: 1,
    })
    expect([window.total_count, window.total_sum, window.charge_record_set.map((r) => r.end_time)]).toEqual([
      2,
      formatUnits(1.5 * small),
      [at(started + 2.5 * HOUR)],
    ])
  })

  it('refuses a bad time (1100 naming it), an unknown or stranger’s resource (2100), a member without the rule (1400)', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    const [instance] = await runningInstances(api, { project_id })
    const bad = await refusal(api.client.getChargeRecords({ resource: instance!, start_time: '2026-02-30T00:00:00Z' }))
    expect([bad.ret_code, bad.message]).toEqual([1100, expect.stringContaining('[start_time]')])
    const shape = await refusal(api.client.getChargeRecords({ resource: instance!, end_time: 'yesterday' }))
    expect([shape.ret_code, shape.message]).toEqual([1100, expect.stringContaining('[end_time]')])
    const missing = await refusal(api.client.call('GetChargeRecords', {} as never))
    expect([missing.ret_code, missing.message]).toEqual([1100, 'MissingParameter, parameter [resource] is required'])
    expect((await refusal(api.client.getChargeRecords({ resource: 'vol-nothere0' }))).ret_code).toBe(2100)
    const stranger = await api.newUser()
    expect((await refusal(stranger.client.getChargeRecords({ resource: instance! }))).ret_code).toBe(2100)
    const member = await addMember(api, api.client, project_id, roles.member)
    expect((await member.client.getChargeRecords({ resource: instance! })).total_count).toBe(0)
    const eipsOnly = await memberWithRules(api, api.client, project_id, [{ policy: 'eip.describe' }])
    const denied = await refusal(eipsOnly.client.getChargeRecords({ resource: instance! }))
    expect([denied.ret_code, denied.message]).toEqual([1400, expect.stringContaining('instance.describe')])
  })
})
