import { describe, expect, it } from 'vitest'
import { addMember, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteGroupRoleRules', () => {
  it('deletes rules of custom roles and answers their roles', async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    const [role] = (await api.client.createGroupRoles({ project_id, role_type: 'rule' })).group_role_ids
    const rules = (await api.client.describeGroupRoleRules({ group_roles: [role!] })).group_role_rule_set.map((r) => r.group_role_rule_id)
    const answer = await api.client.deleteGroupRoleRules({ group_role_rules: rules, group_roles: [role!], project_id })
    expect(answer).toMatchObject({ group_role_ids: [role], group_role_rule_ids: rules })
    expect((await api.client.describeGroupRoleRules({ group_roles: [role!] })).total_count).toBe(0)
  })

  it('takes effect on the next request: a member loses what the rule granted', async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    const [role] = (await api.client.createGroupRoles({ project_id, role_type: 'rule' })).group_role_ids
    const member = await addMember(api, api.client, project_id, role!)
    await api.client.createVolumes({ size: 20, project_id })
    expect((await member.client.describeVolumes({ project_id })).total_count).toBe(1)
    const describeRule = (await api.client.describeGroupRoleRules({ group_roles: [role!] })).group_role_rule_set.find(
      (r) => r.policy === 'all.describe',
    )!
    await api.client.deleteGroupRoleRules({ group_role_rules: [describeRule.group_role_rule_id] })
    expect((await refusal(member.client.describeVolumes({ project_id }))).message).toMatch(/granting volume\.describe$/)
  })

  it('refuses rules of preset roles (1400) and unknown rules (2100)', async () => {
    await using api = await startTestServer()
    const { roles } = await newProject(api.client)
    const [rule] = (await api.client.describeGroupRoleRules({ group_roles: [roles.project_admin] })).group_role_rule_set
    expect((await refusal(api.client.deleteGroupRoleRules({ group_role_rules: [rule!.group_role_rule_id] }))).ret_code).toBe(1400)
    expect((await refusal(api.client.deleteGroupRoleRules({ group_role_rules: ['grr-nothere0'] }))).ret_code).toBe(2100)
  })
})
