import { describe, expect, it } from 'vitest'
import { newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeProjectResourceZones', () => {
  it('answers the distinct zones of the items, [] when there are none (docs/compat.md#project-statistics)', async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    expect(await api.client.describeProjectResourceZones({ project_id })).toMatchObject({ project_resource_zones_set: [], total_count: 0 })
    await api.client.createVolumes({ size: 20, count: 2, project_id })
    const zone = api.app.config.zones[0]!.zone_id
    expect(await api.client.describeProjectResourceZones({ project_id })).toMatchObject({
      project_resource_zones_set: [zone],
      total_count: 1,
    })
  })

  it('is for members only (1400); unknown project 2100', async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    const stranger = await api.newUser()
    expect((await refusal(stranger.client.describeProjectResourceZones({ project_id }))).ret_code).toBe(1400)
    expect((await refusal(api.client.describeProjectResourceZones({ project_id: 'pj-nothere0' }))).ret_code).toBe(2100)
  })
})
