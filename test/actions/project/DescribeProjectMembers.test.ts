import { describe, expect, it } from 'vitest'
import { addMember, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeProjectMembers', () => {
  it('lists every member, the owner included, and honours project_member_ids (docs/compat.md#describe-filters-honoured)', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    const member = await addMember(api, api.client, project_id, roles.member)
    const all = await api.client.describeProjectMembers({ project_id })
    expect(all.total_count).toBe(2)
    expect(all.project_member_set.find((m) => m.is_project_owner === 1)).toMatchObject({
      project_member_user_id: api.root.user_id,
      group_role_name: 'owner',
      role: roles.owner,
      owner: api.root.user_id,
      project_id,
    })
    const one = await api.client.describeProjectMembers({ project_id, project_member_ids: [member.project_member_id] })
    expect(one.project_member_set.map((m) => [m.project_member_id, m.group_role_name, m.project_member_info])).toEqual([
      [member.project_member_id, 'member', member.credentials.email],
    ])
    expect(one.total_count).toBe(1)
  })

  it('is open to members, closed to strangers (1400); an unknown project is 2100', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    const member = await addMember(api, api.client, project_id, roles.member)
    expect((await member.client.describeProjectMembers({ project_id })).total_count).toBe(2)
    const stranger = await api.newUser()
    expect((await refusal(stranger.client.describeProjectMembers({ project_id }))).ret_code).toBe(1400)
    expect((await refusal(api.client.describeProjectMembers({ project_id: 'pj-nothere0' }))).ret_code).toBe(2100)
  })
})
