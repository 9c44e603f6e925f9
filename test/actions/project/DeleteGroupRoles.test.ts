import { describe, expect, it } from 'vitest'
import { addMember, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteGroupRoles', () => {
  it('deletes custom roles with their rules', async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    const [role] = (await api.client.createGroupRoles({ project_id, role_type: 'rule' })).group_role_ids
    expect((await api.client.deleteGroupRoles({ group_roles: [role!], project_id })).group_role_ids).toEqual([role])
    expect((await api.client.describeGroupRoles({ group_roles: [role!] })).total_count).toBe(0)
    expect((await api.client.describeGroupRoleRules({ group_roles: [role!] })).total_count).toBe(0)
  })

  it('refuses preset roles and roles a member holds, all or nothing (docs/compat.md#deleting-roles)', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    const [free, held] = [
      (await api.client.createGroupRoles({ project_id, role_type: 'rule' })).group_role_ids[0]!,
      (await api.client.createGroupRoles({ project_id, role_type: 'rule' })).group_role_ids[0]!,
    ]
    const member = await addMember(api, api.client, project_id, held)
    const refused = await refusal(api.client.deleteGroupRoles({ group_roles: [free, held] }))
    expect(refused.message).toBe(`PermissionDenied, group role [${held}] is held by project member [${member.project_member_id}]`)
    expect((await api.client.describeGroupRoles({ group_roles: [free] })).total_count).toBe(1)
    expect((await refusal(api.client.deleteGroupRoles({ group_roles: [roles.owner] }))).ret_code).toBe(1400)
    expect((await refusal(api.client.deleteGroupRoles({ group_roles: ['gr-nothere0'] }))).ret_code).toBe(2100)
    expect((await refusal(member.client.deleteGroupRoles({ group_roles: [free] }))).ret_code).toBe(1400)
  })
})
