import { describe, expect, it } from 'vitest'
import { defaultPrices, formatUnits, hourlyUnits } from '../../../src/server/domain/prices.js'
import { runningInstances } from '../../harness/compute.js'
import { addMember, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

const HOUR = 3_600_000

describe('GetChargeSums', () => {
  it('sums per period and group; a charge belongs to the day it ends in (docs/compat.md#billing-sums)', async () => {
    // 22:00 UTC: of the first 4 hours, 2 end on the 15th (23:00, 24:00) and 2 on the 16th.
    await using api = await startTestServer({ env: { QINGSTACK_TIMING: 'instant' }, startAt: Date.parse('2026-01-15T22:00:00Z') })
    const { project_id } = await newProject(api.client)
    const [instance] = await runningInstances(api, { project_id })
    const {
      routers: [router],
    } = await api.client.createRouters({ router_type: 1 })
    await api.drainJobs()
    api.clock.advance(4 * HOUR)
    const vm = hourlyUnits(defaultPrices, { resource_type: 'instance', instance_class: 0, vcpus: 1, memory_mb: 1024 })
    const rt = hourlyUnits(defaultPrices, { resource_type: 'router', router_type: 1 })

    const total = await api.client.getChargeSums({ duration: 'total' })
    expect(total).toMatchObject({
      total_count: 1,
      total_sum: formatUnits(4 * (vm + rt)),
      charge_sum_set: { [api.root.user_id]: [{ fee: formatUnits(4 * (vm + rt)), total: 'total', root_user_id: api.root.user_id }] },
    })

    const daily = await api.client.getChargeSums({ duration: 'daily', group_by: ['resource_id'] })
    expect(daily.total_count).toBe(4)
    expect(daily.charge_sum_set[instance!]!.map((s) => [s.total, s.fee])).toEqual([
      ['2026-01-15', formatUnits(2 * vm)],
      ['2026-01-16', formatUnits(2 * vm)],
    ])
    expect(daily.charge_sum_set[router!]!.map((s) => s.total)).toEqual(['2026-01-15', '2026-01-16'])
    const paged = await api.client.getChargeSums({ duration: 'daily', group_by: ['resource_id'], offset: 3, limit: 1 })
    expect([paged.total_count, Object.values(paged.charge_sum_set).flat().length, paged.total_sum]).toEqual([4, 1, daily.total_sum])

    // The docs' own spelling of the dimension; by project: only the instance is an item.
    const byType = await api.client.getChargeSums({ duration: 'monthly', group_by: ['reousrce_type'] })
    expect(byType.charge_sum_set.router).toEqual([
      { fee: formatUnits(4 * rt), total: '2026-01', root_user_id: api.root.user_id, resource_type: 'router' },
    ])
    const byProject = await api.client.getChargeSums({
      duration: 'yearly',
      group_by: ['project_id', 'resource_type'],
      project_id: [project_id],
    })
    expect(byProject.charge_sum_set).toEqual({
      [project_id]: [{ fee: formatUnits(4 * vm), total: '2026', root_user_id: api.root.user_id, project_id, resource_type: 'instance' }],
    })
    const window = await api.client.getChargeSums({ duration: 'total', start_time: '2026-01-16T00:00:00Z', resource_type: ['router'] })
    expect(window.total_sum).toBe(formatUnits(2 * rt))
  })

  it('refuses another user (1400 naming the parameter), a project the caller is not in (1400), an unknown one (2100)', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    const stranger = await api.newUser()
    for (const [param, call] of [
      // Called one at a time: a refusal made before its turn would be an unhandled rejection.
      ['user', () => stranger.client.getChargeSums({ duration: 'total', user: [api.root.user_id] })],
      ['root_user', () => stranger.client.getChargeSums({ duration: 'total', root_user: api.root.user_id })],
      ['project_id', () => stranger.client.getChargeSums({ duration: 'total', project_id: [project_id] })],
    ] as const) {
      const refused = await refusal(call())
      expect([refused.ret_code, refused.message]).toEqual([1400, expect.stringContaining(`parameter [${param}]`)])
    }
    expect((await refusal(api.client.getChargeSums({ duration: 'total', project_id: ['pj-nothere0'] }))).ret_code).toBe(2100)
    const member = await addMember(api, api.client, project_id, roles.member)
    expect((await member.client.getChargeSums({ duration: 'total', project_id: [project_id] })).total_sum).toBe('0')
    const missing = await refusal(api.client.call('GetChargeSums', {} as never))
    expect([missing.ret_code, missing.message]).toEqual([1100, 'MissingParameter, parameter [duration] is required'])
    const badGroup = await refusal(api.client.getChargeSums({ duration: 'total', group_by: ['tag_id' as never] }))
    expect([badGroup.ret_code, badGroup.message]).toEqual([1100, expect.stringContaining('[group_by')])
  })
})
