import { describe, expect, it } from 'vitest'
import { addMember, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteProjectMembers', () => {
  it('removes members; user_group_id is accepted and ignored; access ends at once', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    const member = await addMember(api, api.client, project_id, roles.member)
    await api.client.createVolumes({ size: 20, project_id })
    expect((await member.client.describeVolumes({ project_id })).total_count).toBe(1)
    const answer = await api.client.deleteProjectMembers({
      project_member_ids: [member.project_member_id],
      user_group_id: 'ug-whatever',
      project_id,
    })
    expect(answer.project_member_ids).toEqual([member.project_member_id])
    expect((await api.client.describeProjectMembers({ project_id })).total_count).toBe(1)
    expect((await refusal(member.client.describeVolumes({ project_id }))).message).toMatch(/is not a member$/)
  })

  it('refuses the owner member and non-managers (1400), unknown members (2100)', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    const owner = (await api.client.describeProjectMembers({ project_id })).project_member_set[0]!
    const admin = await addMember(api, api.client, project_id, roles.project_admin)
    const member = await addMember(api, api.client, project_id, roles.member)
    expect((await refusal(admin.client.deleteProjectMembers({ project_member_ids: [owner.project_member_id] }))).message).toMatch(
      /is the project owner/,
    )
    expect((await refusal(member.client.deleteProjectMembers({ project_member_ids: [admin.project_member_id] }))).ret_code).toBe(1400)
    expect((await refusal(api.client.deleteProjectMembers({ project_member_ids: ['pm-nothere0'] }))).ret_code).toBe(2100)
    await admin.client.deleteProjectMembers({ project_member_ids: [member.project_member_id] })
  })
})
