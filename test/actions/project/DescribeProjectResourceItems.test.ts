import { describe, expect, it } from 'vitest'
import { addMember, newProject } from '../../harness/projects.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeProjectResourceItems', () => {
  it('lists items with their project, filtered by project, resource and type (docs/compat.md#project-resource-items)', async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client, { project_name: 'web' })
    const { volumes } = await api.client.createVolumes({ size: 20, project_id })
    const { keypair_id } = await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519', project_id })
    const all = await api.client.describeProjectResourceItems({ project_ids: [project_id] })
    expect(all.total_count).toBe(2)
    expect(all.project_resource_item_set.find((i) => i.resource_id === volumes[0])).toMatchObject({
      project_id,
      project_name: 'web',
      resource_type: 'volume',
      owner: api.root.user_id,
      root_user_id: api.root.user_id,
      meta: '[]',
    })
    expect(
      (await api.client.describeProjectResourceItems({ resource_types: ['keypair'] })).project_resource_item_set.map((i) => i.resource_id),
    ).toEqual([keypair_id])
    expect((await api.client.describeProjectResourceItems({ resources: volumes })).total_count).toBe(1)
  })

  it('shows members the items of their projects and strangers nothing; zone filters unless in_global=1', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    await api.client.createVolumes({ size: 20, project_id })
    const member = await addMember(api, api.client, project_id, roles.member)
    const stranger = await api.newUser()
    expect((await member.client.describeProjectResourceItems()).total_count).toBe(1)
    expect((await stranger.client.describeProjectResourceItems({ project_ids: [project_id] })).total_count).toBe(0)
    const zones = api.app.config.zones.map((z) => z.zone_id)
    if (zones.length > 1) {
      expect((await api.client.describeProjectResourceItems({ zone: zones[1] })).total_count).toBe(0)
      expect((await api.client.describeProjectResourceItems({ zone: zones[1], in_global: 1 })).total_count).toBe(1)
    }
  })
})
