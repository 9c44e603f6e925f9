import { describe, expect, it } from 'vitest'
import { basicInstance } from '../../harness/compute.js'
import { newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('GetProjectResourceStat', () => {
  it("counts the project's instances, vCPUs, memory, volumes and their size, not the account's", async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    await api.client.runInstances({ ...basicInstance, project_id })
    await api.client.createVolumes({ size: 30, count: 2, project_id })
    await api.client.createVolumes({ size: 50 }) // outside the project
    await api.drainJobs()
    const stat = await api.client.getProjectResourceStat({ project_id })
    expect(stat.total_count).toBe(1)
    expect(typeof stat.elapsed_time).toBe('number')
    expect(stat.data[0]).toMatchObject({
      instance_count: 1,
      vcpus_count: 1,
      memory_sum: 1024,
      volume_count: 2,
      volume_size: 60,
      eip_count: 0,
      duration: 'daily',
      wan_vpc_count: 0,
    })
    expect(stat.data[0]!.end_time).toMatch(/Z$/)
  })

  it('is for members only (1400); unknown project 2100', async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    const stranger = await api.newUser()
    expect((await refusal(stranger.client.getProjectResourceStat({ project_id }))).ret_code).toBe(1400)
    expect((await refusal(api.client.getProjectResourceStat({ project_id: 'pj-nothere0' }))).ret_code).toBe(2100)
  })
})
