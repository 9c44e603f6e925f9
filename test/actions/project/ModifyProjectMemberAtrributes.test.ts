import { describe, expect, it } from 'vitest'
import { addMember, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifyProjectMemberAtrributes', () => {
  it('renames a member and changes its role (role or role_id); the alias spelling works too (docs/compat.md#misspelled-actions)', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    const member = await addMember(api, api.client, project_id, roles.member)
    const answer = await api.client.modifyProjectMemberAtrributes({
      project_member_id: member.project_member_id,
      project_member_name: 'mrwel',
      role: roles.resource_admin,
      project_id,
    })
    expect(answer.project_member_id).toBe(member.project_member_id)
    const show = async () =>
      (await api.client.describeProjectMembers({ project_id, project_member_ids: [member.project_member_id] })).project_member_set[0]!
    expect(await show()).toMatchObject({ project_member_name: 'mrwel', group_role_name: 'resource_admin' })
    const aliased = await api.client.request('ModifyProjectMemberAttributes', {
      project_member_id: member.project_member_id,
      role_id: roles.project_admin,
    })
    expect(aliased.action).toBe('ModifyProjectMemberAttributesResponse')
    expect(await show()).toMatchObject({ group_role_name: 'project_admin' })
    // The new role applies on the member's next request.
    await member.client.createGroupRoles({ project_id, role_type: 'rule' })
  })

  it("refuses changing the owner's role, giving the owner role, or a role of another project (1400)", async () => {
    await using api = await startTestServer()
    const a = await newProject(api.client)
    const b = await newProject(api.client)
    const member = await addMember(api, api.client, a.project_id, a.roles.member)
    const owner = (await api.client.describeProjectMembers({ project_id: a.project_id })).project_member_set.find(
      (m) => m.is_project_owner === 1,
    )!
    expect(
      (await refusal(api.client.modifyProjectMemberAtrributes({ project_member_id: owner.project_member_id, role: a.roles.member })))
        .ret_code,
    ).toBe(1400)
    expect(
      (await refusal(api.client.modifyProjectMemberAtrributes({ project_member_id: member.project_member_id, role: a.roles.owner })))
        .ret_code,
    ).toBe(1400)
    expect(
      (await refusal(api.client.modifyProjectMemberAtrributes({ project_member_id: member.project_member_id, role: b.roles.member })))
        .ret_code,
    ).toBe(1400)
    expect(
      (
        await refusal(
          member.client.modifyProjectMemberAtrributes({ project_member_id: member.project_member_id, project_member_name: 'me' }),
        )
      ).ret_code,
    ).toBe(1400)
    expect(
      (await refusal(api.client.modifyProjectMemberAtrributes({ project_member_id: 'pm-nothere0', project_member_name: 'x' }))).ret_code,
    ).toBe(2100)
  })
})
