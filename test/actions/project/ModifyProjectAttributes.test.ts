import { describe, expect, it } from 'vitest'
import { addMember, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifyProjectAttributes', () => {
  it('changes what is given and answers the values after the change (docs/compat.md#project-meta)', async () => {
    await using api = await startTestServer()
    const { project_id } = await api.client.createProject({ project_name: 'T1', description: 'old' })
    const answer = await api.client.modifyProjectAttributes({
      project_id,
      project_name: 'T1a',
      description: '',
      meta: [{ color: '#324558' }],
    })
    expect(answer).toMatchObject({ project_id, project_name: 'T1a', meta: '[{"color":"#324558"}]' })
    const [project] = (await api.client.describeProjects({ project_ids: [project_id] })).project_set
    expect(project).toMatchObject({ project_name: 'T1a', description: '', meta: '[{"color":"#324558"}]' })
    await api.client.modifyProjectAttributes({ project_id, color: '#000000' })
    expect((await api.client.describeProjects({ project_ids: [project_id] })).project_set[0]).toMatchObject({
      project_name: 'T1a',
      meta: '[{"color":"#000000"}]',
    })
  })

  it('is allowed to the owner and the project admin; others get 1400, an unknown project 2100', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    const admin = await addMember(api, api.client, project_id, roles.project_admin)
    const operator = await addMember(api, api.client, project_id, roles.resource_admin)
    const stranger = await api.newUser()
    await admin.client.modifyProjectAttributes({ project_id, project_name: 'by admin' })
    expect((await refusal(operator.client.modifyProjectAttributes({ project_id, project_name: 'x' }))).message).toBe(
      `PermissionDenied, ModifyProjectAttributes is not allowed in project [${project_id}]: role [${roles.resource_admin}] has no enabled rule granting all.project_manage`,
    )
    expect((await refusal(stranger.client.modifyProjectAttributes({ project_id, project_name: 'x' }))).message).toMatch(/is not a member$/)
    expect((await refusal(api.client.modifyProjectAttributes({ project_id: 'pj-nothere0', project_name: 'x' }))).ret_code).toBe(2100)
    expect((await refusal(api.client.request('ModifyProjectAttributes', { project_name: 'x' }))).ret_code).toBe(1100)
  })
})
