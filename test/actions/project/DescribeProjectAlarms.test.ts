import { describe, expect, it } from 'vitest'
import { addMember, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeProjectAlarms', () => {
  it('answers a project without alarms with an empty set to members, 1400 to strangers and 2100 for an unknown project (docs/compat.md#project-alarms)', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    await api.client.createVolumes({ size: 20, project_id })
    const member = await addMember(api, api.client, project_id, roles.member)
    expect(await member.client.describeProjectAlarms({ project_id, offset: 0, limit: 999 })).toMatchObject({
      project_resource_alarm_set: [],
      total_count: 0,
    })
    const stranger = await api.newUser()
    expect((await refusal(stranger.client.describeProjectAlarms({ project_id }))).ret_code).toBe(1400)
    expect((await refusal(api.client.describeProjectAlarms({ project_id: 'pj-nothere0' }))).ret_code).toBe(2100)
  })
})
