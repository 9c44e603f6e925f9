import { describe, expect, it } from 'vitest'
import { addMember, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'
import { availableVolumes } from '../../harness/storage.js'

describe('AddProjectResourceItems', () => {
  it("adds the owner's resources, typed by prefix; adding again is a no-op (docs/compat.md#joinable-resources)", async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    const [volume] = await availableVolumes(api)
    const { keypair_id } = await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519' })
    const answer = await api.client.addProjectResourceItems({ project_id, resources: [volume!, keypair_id] })
    expect(answer).toMatchObject({ project_id, resource_ids: [volume, keypair_id] })
    await api.client.addProjectResourceItems({ project_id, resources: [volume!] })
    const items = await api.client.describeProjectResourceItems({ project_ids: [project_id] })
    expect(items.project_resource_item_set.map((i) => [i.resource_id, i.resource_type]).sort()).toEqual(
      [
        [keypair_id, 'keypair'],
        [volume, 'volume'],
      ].sort(),
    )
  })

  it('lets a key pair join several projects, a volume only one (1400)', async () => {
    await using api = await startTestServer()
    const a = await newProject(api.client)
    const b = await newProject(api.client)
    const [volume] = await availableVolumes(api)
    const { keypair_id } = await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519' })
    await api.client.addProjectResourceItems({ project_id: a.project_id, resources: [volume!, keypair_id] })
    await api.client.addProjectResourceItems({ project_id: b.project_id, resources: [keypair_id] })
    expect((await refusal(api.client.addProjectResourceItems({ project_id: b.project_id, resources: [volume!] }))).message).toBe(
      `PermissionDenied, resource [${volume}] is already in project [${a.project_id}]`,
    )
  })

  it('is for the owner with its own resources: 1100 for a type that cannot join, 2100 unknown, 1400 otherwise', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    const { tag_id } = await api.client.createTag({ tag_name: 't' })
    expect((await refusal(api.client.addProjectResourceItems({ project_id, resources: [tag_id] }))).ret_code).toBe(1100)
    expect((await refusal(api.client.addProjectResourceItems({ project_id, resources: ['vol-nothere0'] }))).ret_code).toBe(2100)
    const admin = await addMember(api, api.client, project_id, roles.project_admin)
    const { volumes } = await admin.client.createVolumes({ size: 20 })
    expect((await refusal(admin.client.addProjectResourceItems({ project_id, resources: volumes }))).message).toMatch(/only its owner/)
    expect((await refusal(api.client.addProjectResourceItems({ project_id, resources: volumes }))).message).toMatch(
      /does not belong to the owner/,
    )
  })
})
