import { describe, expect, it } from 'vitest'
import { addMember, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifyGroupRoleAttributes', () => {
  it('renames and re-describes a custom role and answers the values after the change', async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    const [role] = (await api.client.createGroupRoles({ project_id, role_type: 'rule', group_role_name: 'a' })).group_role_ids
    api.clock.advance(5000)
    const answer = await api.client.modifyGroupRoleAttributes({
      group_role: role!,
      project_id,
      group_role_name: 'test',
      description: 'test',
    })
    expect(answer).toMatchObject({ group_role_id: role, group_role_name: 'test', description: 'test' })
    const [after] = (await api.client.describeGroupRoles({ group_roles: [role!] })).group_role_set
    expect(after).toMatchObject({ group_role_name: 'test', description: 'test' })
    expect(after!.status_time > after!.create_time).toBe(true)
  })

  it('a disabled role grants nothing until enabled again', async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    const [role] = (await api.client.createGroupRoles({ project_id, role_type: 'rule' })).group_role_ids
    const member = await addMember(api, api.client, project_id, role!)
    await api.client.createVolumes({ size: 20, project_id })
    expect((await member.client.describeVolumes({ project_id })).total_count).toBe(1)
    await api.client.modifyGroupRoleAttributes({ group_role: role!, status: 'disabled' })
    expect((await refusal(member.client.describeVolumes({ project_id }))).message).toMatch(/granting volume\.describe$/)
    await api.client.modifyGroupRoleAttributes({ group_role: role!, status: 'enabled' })
    expect((await member.client.describeVolumes({ project_id })).total_count).toBe(1)
  })

  it('refuses preset roles and non-managers (1400), unknown roles (2100), a role of another project_id (1100)', async () => {
    await using api = await startTestServer()
    const a = await newProject(api.client)
    const b = await newProject(api.client)
    const [role] = (await api.client.createGroupRoles({ project_id: a.project_id, role_type: 'rule' })).group_role_ids
    expect((await refusal(api.client.modifyGroupRoleAttributes({ group_role: a.roles.member, group_role_name: 'x' }))).message).toMatch(
      /is a preset role/,
    )
    expect((await refusal(api.client.modifyGroupRoleAttributes({ group_role: 'gr-nothere0', group_role_name: 'x' }))).ret_code).toBe(2100)
    expect(
      (await refusal(api.client.modifyGroupRoleAttributes({ group_role: role!, project_id: b.project_id, group_role_name: 'x' }))).ret_code,
    ).toBe(1100)
    const member = await addMember(api, api.client, a.project_id, a.roles.resource_admin)
    expect((await refusal(member.client.modifyGroupRoleAttributes({ group_role: role!, group_role_name: 'x' }))).ret_code).toBe(1400)
  })
})
