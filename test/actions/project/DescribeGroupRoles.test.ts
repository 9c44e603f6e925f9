import { describe, expect, it } from 'vitest'
import { addMember, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeGroupRoles', () => {
  it('lists the presets and custom roles of a project; the owner role only by id (docs/compat.md#preset-roles)', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    const [custom] = (await api.client.createGroupRoles({ project_id, role_type: 'rule', group_role_name: 'operators' })).group_role_ids
    const all = await api.client.describeGroupRoles({ project_id })
    expect(all.group_role_set.map((r) => r.group_role_name).sort()).toEqual(['member', 'operators', 'project_admin', 'resource_admin'])
    expect(all.total_count).toBe(4)
    expect((await api.client.describeGroupRoles({ group_roles: [roles.owner] })).group_role_set[0]).toMatchObject({
      group_role_name: 'owner',
      read_only: 1,
    })
    expect((await api.client.describeGroupRoles({ project_id, search_word: 'OPERA' })).group_role_set.map((r) => r.group_role_id)).toEqual([
      custom,
    ])
    await api.client.modifyGroupRoleAttributes({ group_role: custom!, status: 'disabled' })
    expect((await api.client.describeGroupRoles({ project_id, status: ['disabled'] })).group_role_set.map((r) => r.group_role_id)).toEqual([
      custom,
    ])
    expect((await api.client.describeGroupRoles({ project_id })).group_role_set[0]!.group_role_rule_set).toBeUndefined()
  })

  it('any member may read; without project_id it lists every project the caller is in; a stranger gets 1400', async () => {
    await using api = await startTestServer()
    const a = await newProject(api.client)
    const b = await newProject(api.client)
    const member = await addMember(api, api.client, a.project_id, a.roles.member)
    expect((await member.client.describeGroupRoles({ project_id: a.project_id })).total_count).toBe(3)
    expect((await member.client.describeGroupRoles()).total_count).toBe(3)
    expect((await api.client.describeGroupRoles()).total_count).toBe(6)
    expect((await member.client.describeGroupRoles({ group_roles: [b.roles.member] })).total_count).toBe(0)
    expect((await refusal(member.client.describeGroupRoles({ project_id: b.project_id }))).ret_code).toBe(1400)
    expect((await refusal(api.client.describeGroupRoles({ project_id: 'pj-nothere0' }))).ret_code).toBe(2100)
  })
})
