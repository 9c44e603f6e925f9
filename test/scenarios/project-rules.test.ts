import { describe, expect, it } from 'vitest'
import { basicInstance } from '../harness/compute.js'
import { addMember, memberWithRules, newProject } from '../harness/projects.js'
import { refusal } from '../harness/refusal.js'
import { startTestServer, type TestServer } from '../harness/server.js'

/** A project of the root user with one volume, one running instance and one key pair in it. */
async function furnishedProject(api: TestServer) {
  const project = await newProject(api.client)
  const { project_id } = project
  const { volumes } = await api.client.createVolumes({ size: 20, project_id })
  const { instances } = await api.client.runInstances({ ...basicInstance, project_id })
  const { keypair_id } = await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519', project_id })
  await api.drainJobs()
  return { ...project, volume: volumes[0]!, instance: instances[0]!, keypair: keypair_id }
}

describe('project role rules are enforced on every service', () => {
  it('resources created with project_id become its items; only the owner may create there', async () => {
    await using api = await startTestServer()
    const p = await furnishedProject(api)
    const items = await api.client.describeProjectResourceItems({ project_ids: [p.project_id], limit: 100 })
    expect(items.project_resource_item_set.map((i) => [i.resource_type, i.resource_id]).sort()).toEqual(
      [
        ['instance', p.instance],
        ['keypair', p.keypair],
        ['volume', p.volume],
      ].sort(),
    )
    const admin = await addMember(api, api.client, p.project_id, p.roles.project_admin)
    const refused = await refusal(admin.client.createVolumes({ size: 20, project_id: p.project_id }))
    expect(refused.message).toBe(
      `PermissionDenied, only the owner [${api.root.user_id}] of project [${p.project_id}] may create resources in it`,
    )
    // Without project_id the member creates in its own account, outside the project.
    const own = await admin.client.createVolumes({ size: 20 })
    expect((await api.client.describeProjectResourceItems({ resources: own.volumes })).total_count).toBe(0)
  })

  it('records of Describe* carry resource_project_info; project_id is ignored where it cannot apply (docs/compat.md#project-id-on-iaas)', async () => {
    await using api = await startTestServer()
    const p = await furnishedProject(api)
    const { keypair_id } = await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519' })
    const info = (records: readonly object[]) => records.map((r) => (r as { resource_project_info?: unknown }).resource_project_info)
    expect(info((await api.client.describeVolumes({ volumes: [p.volume] })).volume_set)).toEqual([[p.project_id]])
    expect(info((await api.client.describeInstances({ instances: [p.instance] })).instance_set)).toEqual([[p.project_id]])
    expect(info((await api.client.describeKeyPairs({ keypairs: [keypair_id] })).keypair_set)).toEqual([[]])
    const stranger = await api.newUser()
    expect((await stranger.client.describeInstanceTypes({ project_id: p.project_id })).total_count).toBeGreaterThan(0)
    // On an action that creates nothing, project_id is ignored; on a creation it must name a project.
    const { keypair_id: strangers } = await stranger.client.createKeyPair({ encrypt_method: 'ssh-ed25519' })
    await stranger.client.modifyKeyPairAttributes({ keypair: strangers, description: 'mine', project_id: p.project_id })
    expect((await refusal(stranger.client.createKeyPair({ encrypt_method: 'ssh-ed25519', project_id: 'pj-nothere0' }))).ret_code).toBe(2100)
    expect((await refusal(stranger.client.createKeyPair({ encrypt_method: 'ssh-ed25519', project_id: p.project_id }))).ret_code).toBe(1400)
    expect((await stranger.client.describeKeyPairs()).total_count).toBe(1)
    expect((await stranger.client.describeTags({ project_id: p.project_id })).total_count).toBe(0)
  })

  it('volumes: a rule grants exactly its resource type and operation; disabling it takes effect at once', async () => {
    await using api = await startTestServer()
    const p = await furnishedProject(api)
    const modifier = await memberWithRules(api, api.client, p.project_id, [{ policy: 'volume.modify' }])
    const reader = await memberWithRules(api, api.client, p.project_id, [{ policy: 'volume.describe' }])
    const stranger = await api.newUser()

    await modifier.client.modifyVolumeAttributes({ volume: p.volume, volume_name: 'renamed' })
    expect((await api.client.describeVolumes({ volumes: [p.volume] })).volume_set[0]!.volume_name).toBe('renamed')
    const denied = await refusal(reader.client.modifyVolumeAttributes({ volume: p.volume, volume_name: 'x' }))
    expect(denied.message).toBe(
      `PermissionDenied, ModifyVolumeAttributes is not allowed on volume [${p.volume}] in project [${p.project_id}]: role [${reader.role}] has no enabled rule granting volume.modify`,
    )
    expect((await refusal(stranger.client.modifyVolumeAttributes({ volume: p.volume, volume_name: 'x' }))).ret_code).toBe(2100)
    expect((await refusal(modifier.client.deleteVolumes({ volumes: [p.volume] }))).message).toMatch(/granting volume\.delete$/)

    // Listing: the reader sees the project's volumes only with project_id; the modifier may not list.
    const listed = await reader.client.describeVolumes({ project_id: p.project_id })
    expect(listed.volume_set.map((v) => v.volume_id)).toEqual([p.volume])
    expect((await reader.client.describeVolumes()).total_count).toBe(0)
    expect((await refusal(modifier.client.describeVolumes({ project_id: p.project_id }))).message).toMatch(/granting volume\.describe$/)
    expect((await refusal(stranger.client.describeVolumes({ project_id: p.project_id }))).message).toMatch(/is not a member$/)

    await api.client.modifyGroupRoleRuleAttributes({ group_role_rule: modifier.rules[0]!, status: 'disabled' })
    expect((await refusal(modifier.client.modifyVolumeAttributes({ volume: p.volume, volume_name: 'y' }))).ret_code).toBe(1400)
    await api.client.modifyGroupRoleRuleAttributes({ group_role_rule: modifier.rules[0]!, status: 'enabled' })
    await modifier.client.modifyVolumeAttributes({ volume: p.volume, volume_name: 'y' })
  })

  it('instances: policy=action grants the listed actions only; the async job runs for the member', async () => {
    await using api = await startTestServer()
    const p = await furnishedProject(api)
    const principle = JSON.stringify([{ resource_type: 'instance', actions: ['StopInstances', 'DescribeInstances'] }])
    const operator = await memberWithRules(api, api.client, p.project_id, [{ policy: 'action', principle }])
    const { job_id } = await operator.client.stopInstances({ instances: [p.instance] })
    await api.drainJobs()
    expect((await operator.client.describeJobs({ jobs: [job_id] })).job_set[0]!.status).toBe('successful')
    const seen = await operator.client.describeInstances({ project_id: p.project_id })
    expect(seen.instance_set.map((i) => [i.instance_id, i.status])).toEqual([[p.instance, 'stopped']])
    expect((await refusal(operator.client.startInstances({ instances: [p.instance] }))).message).toMatch(/granting instance\.modify$/)
    expect((await refusal(operator.client.describeVolumes({ project_id: p.project_id }))).ret_code).toBe(1400)
    const stranger = await api.newUser()
    expect((await refusal(stranger.client.startInstances({ instances: [p.instance] }))).ret_code).toBe(2100)
  })

  it('key pairs and tags: a tag of the member binds to a project key pair only with keypair.modify', async () => {
    await using api = await startTestServer()
    const p = await furnishedProject(api)
    const keeper = await memberWithRules(api, api.client, p.project_id, [{ policy: 'keypair.modify' }, { policy: 'keypair.describe' }])
    const viewer = await memberWithRules(api, api.client, p.project_id, [{ policy: 'all.describe' }])
    await keeper.client.modifyKeyPairAttributes({ keypair: p.keypair, description: 'shared' })
    expect((await viewer.client.describeKeyPairs({ project_id: p.project_id })).keypair_set[0]).toMatchObject({
      keypair_id: p.keypair,
      description: 'shared',
    })
    expect((await refusal(viewer.client.modifyKeyPairAttributes({ keypair: p.keypair, description: 'x' }))).message).toMatch(
      /granting keypair\.modify$/,
    )

    const { tag_id } = await keeper.client.createTag({ tag_name: 'k' })
    // A member's own tag is not bound to the owner's key pair: one owner per binding.
    expect(
      (await refusal(keeper.client.attachTags({ resource_tag_pairs: [{ tag_id, resource_type: 'keypair', resource_id: p.keypair }] })))
        .message,
    ).toBe(
      `PermissionDenied, AttachTags binds resources of one owner only: parameter [resource_tag_pairs.1.resource_id] names key pair [${p.keypair}], whose owner is not that of tag [${tag_id}]`,
    )
    const viewerTag = (await viewer.client.createTag({ tag_name: 'v' })).tag_id
    const refused = await refusal(
      viewer.client.attachTags({ resource_tag_pairs: [{ tag_id: viewerTag, resource_type: 'keypair', resource_id: p.keypair }] }),
    )
    expect(refused.message).toMatch(
      /^PermissionDenied, AttachTags is not allowed on key pair \[kp-\w+\] in project \[pj-\w+\]: .*granting keypair\.modify$/,
    )
    // The members' tags stay their own: to another member they read as unknown.
    expect(
      (await refusal(viewer.client.attachTags({ resource_tag_pairs: [{ tag_id, resource_type: 'keypair', resource_id: p.keypair }] })))
        .ret_code,
    ).toBe(2100)
  })

  it('preset roles: member reads, resource admin operates, project admin manages; removal revokes at once', async () => {
    await using api = await startTestServer()
    const p = await furnishedProject(api)
    const member = await addMember(api, api.client, p.project_id, p.roles.member)
    const operator = await addMember(api, api.client, p.project_id, p.roles.resource_admin)
    const admin = await addMember(api, api.client, p.project_id, p.roles.project_admin)

    expect((await member.client.describeVolumes({ project_id: p.project_id })).total_count).toBe(1)
    expect((await refusal(member.client.modifyVolumeAttributes({ volume: p.volume, volume_name: 'm' }))).ret_code).toBe(1400)
    await operator.client.modifyVolumeAttributes({ volume: p.volume, volume_name: 'o' })
    expect((await refusal(operator.client.createGroupRoles({ project_id: p.project_id, role_type: 'rule' }))).message).toMatch(
      /granting all\.project_manage$/,
    )
    await admin.client.createGroupRoles({ project_id: p.project_id, role_type: 'rule' })
    await admin.client.modifyVolumeAttributes({ volume: p.volume, volume_name: 'a' })

    await api.client.deleteProjectMembers({ project_member_ids: [operator.project_member_id] })
    expect((await refusal(operator.client.modifyVolumeAttributes({ volume: p.volume, volume_name: 'gone' }))).message).toMatch(
      /does not exist$/,
    )
    // A resource removed from the project is out of every member's reach.
    await api.client.deleteProjectResourceItems({ project_id: [p.project_id], resources: [p.volume] })
    expect((await refusal(admin.client.modifyVolumeAttributes({ volume: p.volume, volume_name: 'out' }))).ret_code).toBe(2100)
    expect((await member.client.describeVolumes({ project_id: p.project_id })).total_count).toBe(0)
  })
})
