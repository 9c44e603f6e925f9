import { describe, expect, it } from 'vitest'
import { addMember, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteProjects', () => {
  it('deletes empty projects with their preset roles and owner member; afterwards they are unknown (docs/compat.md#deleting-projects)', async () => {
    await using api = await startTestServer()
    const a = await newProject(api.client)
    const b = await newProject(api.client)
    const answer = await api.client.deleteProjects({ project_ids: [a.project_id, b.project_id] })
    expect(answer.project_ids).toEqual([a.project_id, b.project_id])
    expect((await api.client.describeProjects({ project_ids: [a.project_id] })).total_count).toBe(0)
    expect((await refusal(api.client.describeGroupRoles({ project_id: a.project_id }))).ret_code).toBe(2100)
    expect((await api.client.describeGroupRoles({ group_roles: [a.roles.member] })).total_count).toBe(0)
  })

  it('refuses a project with resources, members or custom roles, naming what remains; all or nothing', async () => {
    await using api = await startTestServer()
    const empty = await newProject(api.client)
    const full = await newProject(api.client)
    await api.client.createVolumes({ size: 20, project_id: full.project_id })
    await addMember(api, api.client, full.project_id, full.roles.member)
    await api.client.createGroupRoles({ project_id: full.project_id, role_type: 'rule' })
    const refused = await refusal(api.client.deleteProjects({ project_ids: [empty.project_id, full.project_id] }))
    expect(refused.ret_code).toBe(1400)
    expect(refused.message).toBe(`PermissionDenied, project [${full.project_id}] is not empty: 1 resource, 1 member, 1 custom role`)
    expect((await api.client.describeProjects()).total_count).toBe(2)
  })

  it('is for the owner only: a project admin and a stranger get 1400, an unknown id 2100', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    const admin = await addMember(api, api.client, project_id, roles.project_admin)
    const stranger = await api.newUser()
    expect((await refusal(admin.client.deleteProjects({ project_ids: [project_id] }))).message).toMatch(
      /^PermissionDenied, DeleteProjects is not allowed in project \[pj-\w+\]: only its owner \[usr-\w+\] may$/,
    )
    expect((await refusal(stranger.client.deleteProjects({ project_ids: [project_id] }))).ret_code).toBe(1400)
    expect((await refusal(api.client.deleteProjects({ project_ids: ['pj-nothere0'] }))).ret_code).toBe(2100)
    expect((await refusal(api.client.deleteProjects({ project_ids: [] }))).ret_code).toBe(1100)
  })
})
