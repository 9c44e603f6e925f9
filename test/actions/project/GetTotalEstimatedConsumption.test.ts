import { describe, expect, it } from 'vitest'
import { defaultPrices, formatUnits, hourlyUnits } from '../../../src/server/domain/prices.js'
import { addMember, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

const HOUR = 3_600_000

describe('GetTotalEstimatedConsumption', () => {
  it("sums what the project's items were charged, grouped, over the duration (docs/compat.md#project-consumption)", async () => {
    await using api = await startTestServer({ env: { QINGSTACK_TIMING: 'instant' } })
    const { project_id } = await newProject(api.client)
    await api.client.createVolumes({ size: 20, count: 3, project_id })
    await api.client.createVolumes({ size: 20 }) // not an item: not counted
    await api.drainJobs()
    const empty = await api.client.getTotalEstimatedConsumption({
      project_id,
      group_by: 'resource_type',
      root_user: api.root.user_id,
      duration: '7d',
    })
    expect(empty).toMatchObject({
      total_resource_count: 3,
      elastic_resource_count: 3,
      reserved_resource_count: 0,
      total_price: '0',
      total_count: 1,
    })

    api.clock.advance(10 * HOUR)
    const hourly = hourlyUnits(defaultPrices, { resource_type: 'volume', volume_type: 0, size: 20 })
    const answer = await api.client.getTotalEstimatedConsumption({ project_id, duration: '7d' })
    expect(answer).toEqual({
      action: 'GetTotalEstimatedConsumptionResponse',
      ret_code: 0,
      total_estimated_consumption_set: [
        {
          resource_type: 'volume',
          resource_count: 3,
          elastic_price: formatUnits(30 * hourly),
          reserved_price: '0',
          total_price: formatUnits(30 * hourly),
        },
      ],
      total_resource_count: 3,
      elastic_resource_count: 3,
      reserved_resource_count: 0,
      elastic_price: formatUnits(30 * hourly),
      reserved_price: '0',
      total_price: formatUnits(30 * hourly),
      total_count: 1,
    })
    const lastHours = await api.client.getTotalEstimatedConsumption({ project_id, duration: '4h', group_by: 'resource_id', limit: 2 })
    expect([lastHours.total_price, lastHours.total_count, lastHours.total_estimated_consumption_set.length]).toEqual([
      formatUnits(12 * hourly),
      3,
      2,
    ])
    expect(lastHours.total_estimated_consumption_set[0]).toMatchObject({
      resource_id: expect.stringMatching(/^vol-/),
      total_price: formatUnits(4 * hourly),
    })
  })

  it('is for members only (1400); refuses a bad duration or group_by (1100 naming it)', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    const stranger = await api.newUser()
    expect((await refusal(stranger.client.getTotalEstimatedConsumption({ project_id }))).ret_code).toBe(1400)
    const member = await addMember(api, api.client, project_id, roles.member)
    expect((await member.client.getTotalEstimatedConsumption({ project_id })).total_price).toBe('0')
    const duration = await refusal(api.client.getTotalEstimatedConsumption({ project_id, duration: '7 days' }))
    expect([duration.ret_code, duration.message]).toEqual([1100, expect.stringContaining('[duration]')])
    const groupBy = await refusal(api.client.getTotalEstimatedConsumption({ project_id, group_by: 'tag_id' as never }))
    expect([groupBy.ret_code, groupBy.message]).toEqual([1100, expect.stringContaining('[group_by]')])
    expect((await refusal(api.client.getTotalEstimatedConsumption({ project_id: 'pj-nothere0' }))).ret_code).toBe(2100)
  })
})
