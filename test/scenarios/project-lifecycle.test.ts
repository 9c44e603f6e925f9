import { describe, expect, it } from 'vitest'
import { basicInstance } from '../harness/compute.js'
import { refusal } from '../harness/refusal.js'
import { startTestServer } from '../harness/server.js'

describe('the life of a project, over a real socket', () => {
  it('create, share, act, change, revoke, empty and delete', async () => {
    await using api = await startTestServer()
    const owner = api.client
    const alice = await api.newUser('alice@example.com')
    const bob = await api.newUser('bob@example.com')

    // Create the project and fill it.
    const { project_id } = await owner.createProject({ project_name: 'web', meta: [{ color: '#324558' }] })
    const { instances } = await owner.runInstances({ ...basicInstance, project_id })
    const { volumes } = await owner.createVolumes({ size: 20, project_id })
    await api.drainJobs()

    // A custom role: read everything, stop instances, nothing else.
    const [operator] = (await owner.createGroupRoles({ project_id, role_type: 'rule', group_role_name: 'operator' })).group_role_ids
    const stopRule = await owner.addGroupRoleRules({
      group_role: operator!,
      policy: 'action',
      principle: JSON.stringify([{ resource_type: 'instance', actions: ['StopInstances', 'StartInstances'] }]),
    })
    const presets = (await owner.describeGroupRoles({ project_id })).group_role_set
    const member = presets.find((r) => r.group_role_name === 'member')!.group_role_id
    const [aliceId, bobId] = (
      await owner.addProjectMember({
        project_id,
        project_members: [
          { project_member_info: 'alice@example.com', role: operator! },
          { project_member_info: 'bob', role: member },
        ],
      })
    ).project_member_ids

    // Each acts as its role allows.
    expect((await alice.client.describeProjects({ shared: true })).project_set.map((p) => p.project_name)).toEqual(['web'])
    expect((await alice.client.describeInstances({ project_id })).instance_set.map((i) => i.instance_id)).toEqual(instances)
    await alice.client.stopInstances({ instances })
    await api.drainJobs()
    expect((await refusal(alice.client.deleteVolumes({ volumes }))).ret_code).toBe(1400)
    expect((await bob.client.describeVolumes({ project_id })).volume_set.map((v) => v.volume_id)).toEqual(volumes)
    expect((await refusal(bob.client.startInstances({ instances }))).ret_code).toBe(1400)
    expect(
      (
        await refusal(
          bob.client.addProjectMember({ project_id, project_members: [{ project_member_info: 'x@example.com', role: member }] }),
        )
      ).ret_code,
    ).toBe(1400)

    // Change: Bob becomes an operator; the rule is disabled; Alice is removed.
    await owner.modifyProjectMemberAtrributes({ project_member_id: bobId!, role: operator! })
    await bob.client.startInstances({ instances })
    await api.drainJobs()
    await owner.modifyGroupRoleRuleAttributes({ group_role_rule: stopRule.group_role_rule_id, status: 'disabled' })
    expect((await refusal(bob.client.stopInstances({ instances }))).ret_code).toBe(1400)
    await owner.deleteProjectMembers({ project_member_ids: [aliceId!] })
    expect((await refusal(alice.client.describeInstances({ project_id }))).ret_code).toBe(1400)
    expect((await alice.client.describeProjects({ shared: true })).total_count).toBe(0)

    // Statistics reflect the project's real resources.
    const [stat] = (await owner.getProjectResourceStat({ project_id })).data
    expect(stat).toMatchObject({ instance_count: 1, volume_count: 1, volume_size: 20 })

    // Empty it, then delete it.
    expect((await refusal(owner.deleteProjects({ project_ids: [project_id] }))).message).toMatch(
      /is not empty: 2 resources, 1 member, 1 custom role$/,
    )
    await owner.deleteProjectMembers({ project_member_ids: [bobId!] })
    await owner.deleteGroupRoles({ group_roles: [operator!] })
    await owner.deleteProjectResourceItems({ project_id: [project_id], resources: [...instances, ...volumes] })
    await owner.deleteProjects({ project_ids: [project_id] })
    expect((await owner.describeProjects()).total_count).toBe(0)
    // The resources stay the owner's.
    expect((await owner.describeVolumes({ volumes })).volume_set[0]).toMatchObject({ volume_id: volumes[0], resource_project_info: [] })
  })
})
