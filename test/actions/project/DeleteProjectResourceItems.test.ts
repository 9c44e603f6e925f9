import { describe, expect, it } from 'vitest'
import { addMember, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteProjectResourceItems', () => {
  it('removes items; project_id may be a list (Go) or one value; a non-item is a no-op', async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    const { volumes } = await api.client.createVolumes({ size: 20, count: 2, project_id })
    const answer = await api.client.deleteProjectResourceItems({ project_id: [project_id], resources: [volumes[0]!, 'vol-notitem0'] })
    expect(answer).toMatchObject({ project_id: [project_id], resource_ids: [volumes[0], 'vol-notitem0'] })
    await api.client.request('DeleteProjectResourceItems', { project_id, resources: [volumes[1]!] })
    expect((await api.client.describeProjectResourceItems({ project_ids: [project_id] })).total_count).toBe(0)
    // The resources themselves stay.
    expect((await api.client.describeVolumes({ volumes })).total_count).toBe(2)
  })

  it('is allowed to the owner and the project admin (docs/compat.md#removing-items); 1400 for others, 2100 unknown project', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    const { volumes } = await api.client.createVolumes({ size: 20, count: 2, project_id })
    const operator = await addMember(api, api.client, project_id, roles.resource_admin)
    const admin = await addMember(api, api.client, project_id, roles.project_admin)
    expect((await refusal(operator.client.deleteProjectResourceItems({ project_id: [project_id], resources: volumes }))).ret_code).toBe(
      1400,
    )
    await admin.client.deleteProjectResourceItems({ project_id: [project_id], resources: [volumes[0]!] })
    expect((await api.client.describeProjectResourceItems({ project_ids: [project_id] })).total_count).toBe(1)
    expect((await refusal(api.client.deleteProjectResourceItems({ project_id: ['pj-nothere0'], resources: volumes }))).ret_code).toBe(2100)
  })
})
