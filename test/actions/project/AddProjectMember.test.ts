import { describe, expect, it } from 'vitest'
import { addMember, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('AddProjectMember', () => {
  it('adds accounts by e-mail (any case) or user name, in input order, each with a fresh user group (docs/compat.md#member-types)', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    const a = await api.newUser('Alice@Example.com')
    const b = await api.newUser('bob@example.com')
    const { project_member_ids } = await api.client.addProjectMember({
      project_id,
      project_members: [
        { project_member_info: 'ALICE@example.com', project_member_name: 'al', project_member_type: 'user', role: roles.member },
        { project_member_info: b.credentials.user_name, role: roles.resource_admin },
      ],
    })
    expect(project_member_ids).toHaveLength(2)
    const set = (await api.client.describeProjectMembers({ project_id, project_member_ids })).project_member_set
    const byId = new Map(set.map((m) => [m.project_member_id, m]))
    expect(byId.get(project_member_ids[0]!)).toMatchObject({
      project_member_user_id: a.credentials.user_id,
      project_member_name: 'al',
      group_role_name: 'member',
      is_project_owner: 0,
      gravatar_email: 'alice@example.com',
    })
    expect(byId.get(project_member_ids[1]!)).toMatchObject({
      project_member_user_id: b.credentials.user_id,
      group_role_name: 'resource_admin',
    })
    expect(byId.get(project_member_ids[0]!)!.user_group_id).toMatch(/^ug-/)
  })

  it('answers 2110 for an account already in the project, 2100 for an unknown one, all or nothing', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    const fresh = await api.newUser()
    const entry = (info: string) => ({ project_member_info: info, role: roles.member })
    expect(
      (await refusal(api.client.addProjectMember({ project_id, project_members: [entry(fresh.credentials.email), entry(api.root.email)] })))
        .ret_code,
    ).toBe(2110)
    expect((await refusal(api.client.addProjectMember({ project_id, project_members: [entry('nobody@example.com')] }))).ret_code).toBe(2100)
    expect(
      (
        await refusal(
          api.client.addProjectMember({ project_id, project_members: [{ ...entry('ug-abcdefgh'), project_member_type: 'user_group' }] }),
        )
      ).ret_code,
    ).toBe(2100)
    expect((await api.client.describeProjectMembers({ project_id })).total_count).toBe(1)
  })

  it('refuses the owner role, a role of another project and non-managers (1400)', async () => {
    await using api = await startTestServer()
    const a = await newProject(api.client)
    const b = await newProject(api.client)
    const user = await api.newUser()
    const add = (role: string) => ({ project_id: a.project_id, project_members: [{ project_member_info: user.credentials.email, role }] })
    expect((await refusal(api.client.addProjectMember(add(a.roles.owner)))).message).toMatch(/is the owner role/)
    expect((await refusal(api.client.addProjectMember(add(b.roles.member)))).message).toMatch(/is not a role of project/)
    const operator = await addMember(api, api.client, a.project_id, a.roles.resource_admin)
    expect((await refusal(operator.client.addProjectMember(add(a.roles.member)))).ret_code).toBe(1400)
    const admin = await addMember(api, api.client, a.project_id, a.roles.project_admin)
    expect((await admin.client.addProjectMember(add(a.roles.member))).project_member_ids).toHaveLength(1)
  })
})
