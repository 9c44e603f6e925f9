import { describe, expect, it } from 'vitest'
import { addMember, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeGroupRoleRules', () => {
  it('lists rules by role, by id and by status, with item_set always empty (docs/compat.md#describe-filters-honoured)', async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    const [role] = (await api.client.createGroupRoles({ project_id, role_type: 'rule' })).group_role_ids
    const added = await api.client.addGroupRoleRules({ group_role: role!, policy: 'volume.delete' })
    const all = await api.client.describeGroupRoleRules({ project_id, group_roles: [role!], verbose: 1 })
    expect(all.item_set).toEqual([])
    expect(all.group_role_rule_set.map((r) => r.policy).sort()).toEqual(['all.describe', 'monitor.describe', 'volume.delete'])
    expect(all.total_count).toBe(3)
    await api.client.modifyGroupRoleRuleAttributes({ group_role_rule: added.group_role_rule_id, status: 'disabled' })
    expect(
      (await api.client.describeGroupRoleRules({ project_id, status: ['disabled'] })).group_role_rule_set.map((r) => r.group_role_rule_id),
    ).toEqual([added.group_role_rule_id])
    // Without group_roles: the rules of every role of the project, the presets' included.
    expect((await api.client.describeGroupRoleRules({ project_id, limit: 100 })).total_count).toBe(3 + 1 + 1 + 4 + 2)
  })

  it('shows a project’s rules to its members only', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    const member = await addMember(api, api.client, project_id, roles.member)
    expect((await member.client.describeGroupRoleRules({ project_id, group_roles: [roles.member] })).total_count).toBe(2)
    const stranger = await api.newUser()
    expect((await refusal(stranger.client.describeGroupRoleRules({ project_id }))).ret_code).toBe(1400)
    expect((await stranger.client.describeGroupRoleRules({ group_roles: [roles.member] })).total_count).toBe(0)
  })
})
