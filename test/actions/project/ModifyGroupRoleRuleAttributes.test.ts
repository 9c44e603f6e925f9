import { describe, expect, it } from 'vitest'
import { newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifyGroupRoleRuleAttributes', () => {
  it('applies every field given and answers the rule after the change (docs/compat.md#rule-times)', async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    const [role] = (await api.client.createGroupRoles({ project_id, role_type: 'rule' })).group_role_ids
    const rule = await api.client.addGroupRoleRules({ group_role: role!, policy: 'all.project_manage', principle: '' })
    const principle = '{"resource_type":"volume","actions":["DeleteVolumes"]}'
    const answer = await api.client.modifyGroupRoleRuleAttributes({
      group_role_rule: rule.group_role_rule_id,
      policy: 'action',
      principle,
      status: 'disabled',
      description: 'test111',
    })
    expect(answer).toMatchObject({
      group_role_rule_id: rule.group_role_rule_id,
      policy: 'action',
      principle,
      status: 'disabled',
      description: 'test111',
    })
    const [stored] = (await api.client.describeGroupRoleRules({ group_role_rules: [rule.group_role_rule_id] })).group_role_rule_set
    expect(stored).toMatchObject({ policy: 'action', principle, status: 'disabled', description: 'test111' })
    // principle= clears it, which a preset policy allows.
    const cleared = await api.client.modifyGroupRoleRuleAttributes({
      group_role_rule: rule.group_role_rule_id,
      policy: 'all.describe',
      principle: '',
    })
    expect(cleared).toMatchObject({ policy: 'all.describe', principle: '', status: 'disabled' })
  })

  it('refuses rules of preset roles (1400), bad values (1100) and unknown rules (2100)', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    const [presetRule] = (await api.client.describeGroupRoleRules({ group_roles: [roles.member] })).group_role_rule_set
    expect(
      (await refusal(api.client.modifyGroupRoleRuleAttributes({ group_role_rule: presetRule!.group_role_rule_id, status: 'disabled' })))
        .ret_code,
    ).toBe(1400)
    const [role] = (await api.client.createGroupRoles({ project_id, role_type: 'rule' })).group_role_ids
    const [rule] = (await api.client.describeGroupRoleRules({ group_roles: [role!] })).group_role_rule_set
    expect(
      (await refusal(api.client.request('ModifyGroupRoleRuleAttributes', { group_role_rule: rule!.group_role_rule_id, status: 'off' })))
        .ret_code,
    ).toBe(1100)
    expect(
      (await refusal(api.client.modifyGroupRoleRuleAttributes({ group_role_rule: rule!.group_role_rule_id, policy: 'action' }))).ret_code,
    ).toBe(1100)
    expect(
      (await refusal(api.client.modifyGroupRoleRuleAttributes({ group_role_rule: 'grr-nothere0', status: 'disabled' }))).ret_code,
    ).toBe(2100)
  })
})
