import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeSecurityGroups', () => {
  it('has one default group per user with ping and SSH rules, and lists what uses each group with verbose=1', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api, { instance_name: 'web1' })
    const { security_group_set, total_count } = await api.client.describeSecurityGroups({ verbose: 1 })
    expect(total_count).toBe(1)
    const group = security_group_set[0]!
    expect(group).toMatchObject({ is_default: 1, security_group_name: 'default security group', tags: [] })
    expect(group.resources).toEqual([{ resource_id: instance, resource_name: 'web1', resource_type: 'instance' }])
    const rules = await api.client.describeSecurityGroupRules({ security_group: group.security_group_id })
    expect(rules.security_group_rule_set.map((r) => [r.protocol, r.direction, r.action, r.val1, r.val2]).sort()).toEqual([
      ['icmp', 0, 'accept', '8', '0'],
      ['tcp', 0, 'accept', '22', ''],
    ])
    expect((await api.client.describeSecurityGroups({})).security_group_set[0]!.resources).toBeUndefined()
  })

  it('filters by id, search_word and tags', async () => {
    await using api = await startTestServer()
    const { security_group_id: web } = await api.client.createSecurityGroup({ security_group_name: 'Web servers' })
    await api.client.createSecurityGroup({ security_group_name: 'db' })
    const ids = async (input: Parameters<typeof api.client.describeSecurityGroups>[0]) =>
      (await api.client.describeSecurityGroups(input)).security_group_set.map((g) => g.security_group_id)
    expect(await ids({ security_groups: [web] })).toEqual([web])
    expect(await ids({ search_word: 'WEB SERV' })).toEqual([web])
    // The Python SDK's security_group_name: the exact name, not a part of it (docs/compat.md).
    expect(await ids({ security_group_name: 'Web servers' })).toEqual([web])
    expect(await ids({ security_group_name: 'Web' })).toEqual([])
    expect(await ids({ security_group_name: 'web servers' })).toEqual([])
    const { tag_id } = await api.client.createTag({ tag_name: 'prod' })
    await api.client.attachTags({ resource_tag_pairs: [{ tag_id, resource_type: 'security_group', resource_id: web }] })
    expect(await ids({ tags: [tag_id] })).toEqual([web])
    expect((await api.client.describeSecurityGroups({ tags: [tag_id] })).security_group_set[0]!.tags.map((t) => t.tag_id)).toEqual([tag_id])
  })

  it('answers 2100 for an unknown or foreign id and never shows another user’s groups', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({ security_group_name: 'mine' })
    expect((await refusal(api.client.describeSecurityGroups({ security_groups: ['sg-nothere0'] }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.describeSecurityGroups({ security_groups: [security_group_id] }))).ret_code).toBe(2100)
    const theirs = await other.client.describeSecurityGroups({})
    expect(theirs.security_group_set.map((g) => g.security_group_name)).toEqual(['default security group'])
  })

  it('shows each instance’s group on verbose DescribeInstances; clones keep their source’s group', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({ security_group_name: 'web' })
    const [instance] = await runningInstances(api, { security_group: security_group_id })
    const record = (await api.client.describeInstances({ instances: [instance!], verbose: 1 })).instance_set[0]!
    expect(record.security_group).toEqual({ security_group_id, is_default: 0 })
    const {
      instances: [clone],
    } = await api.client.cloneInstances({ instances: [instance!] })
    await api.drainJobs()
    const cloned = (await api.client.describeInstances({ instances: [clone!], verbose: 1 })).instance_set[0]!
    expect(cloned.security_group?.security_group_id).toBe(security_group_id)
  })
})
