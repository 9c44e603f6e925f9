import { describe, expect, it } from 'vitest'
import { newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('GetTotalEstimatedConsumption', () => {
  it('counts the project items; prices are the string "0" (no billing, docs/compat.md#project-statistics)', async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    await api.client.createVolumes({ size: 20, count: 3, project_id })
    const answer = await api.client.getTotalEstimatedConsumption({
      project_id,
      group_by: 'resource_type',
      root_user: api.root.user_id,
      duration: '7d',
    })
    expect(answer).toMatchObject({
      total_estimated_consumption_set: [],
      total_resource_count: 3,
      elastic_resource_count: 3,
      reserved_resource_count: 0,
      elastic_price: '0',
      reserved_price: '0',
      total_price: '0',
      total_count: 0,
    })
  })

  it('is for members only (1400)', async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    const stranger = await api.newUser()
    expect((await refusal(stranger.client.getTotalEstimatedConsumption({ project_id }))).ret_code).toBe(1400)
  })
})
