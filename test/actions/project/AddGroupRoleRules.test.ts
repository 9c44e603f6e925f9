import { describe, expect, it } from 'vitest'
import { addMember, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('AddGroupRoleRules', () => {
  it('adds a policy=action rule, echoing the principle as JSON, stored as text (docs/compat.md#rule-times)', async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    const [role] = (await api.client.createGroupRoles({ project_id, role_type: 'rule' })).group_role_ids
    const principle = '[{"resource_type":"instance","actions":["StopInstances","DescribeInstances"]}]'
    const answer = await api.client.addGroupRoleRules({ group_role: role!, policy: 'action', principle, project_id })
    expect(answer).toMatchObject({
      group_role_id: role,
      policy: 'action',
      status: 'enabled',
      principle: [{ resource_type: 'instance', actions: ['StopInstances', 'DescribeInstances'] }],
      owner: api.root.user_id,
      controller: 'self',
    })
    expect(answer.group_role_rule_id).toMatch(/^grr-/)
    const [stored] = (await api.client.describeGroupRoleRules({ group_role_rules: [answer.group_role_rule_id] })).group_role_rule_set
    expect(stored!.principle).toBe(principle)
  })

  it('adds a preset policy without principle (the Python helper sends none)', async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    const [role] = (await api.client.createGroupRoles({ project_id, role_type: 'rule' })).group_role_ids
    const answer = await api.client.addGroupRoleRules({ group_role: role!, policy: 'volume.modify' })
    expect(answer).toMatchObject({ policy: 'volume.modify', principle: '' })
  })

  it('answers 1100 for a bad policy or principle, 1400 on a preset role or for a non-manager, 2100 for an unknown role', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    const [role] = (await api.client.createGroupRoles({ project_id, role_type: 'rule' })).group_role_ids
    expect((await refusal(api.client.addGroupRoleRules({ group_role: role!, policy: 'Not A Policy' }))).ret_code).toBe(1100)
    expect((await refusal(api.client.addGroupRoleRules({ group_role: role!, policy: 'action' }))).message).toBe(
      'MissingParameter, parameter [principle] is required',
    )
    expect((await refusal(api.client.addGroupRoleRules({ group_role: role!, policy: 'action', principle: '[1]' }))).ret_code).toBe(1100)
    expect((await refusal(api.client.addGroupRoleRules({ group_role: roles.member, policy: 'all.modify' }))).ret_code).toBe(1400)
    expect((await refusal(api.client.addGroupRoleRules({ group_role: 'gr-nothere0', policy: 'all.modify' }))).ret_code).toBe(2100)
    const operator = await addMember(api, api.client, project_id, roles.resource_admin)
    expect((await refusal(operator.client.addGroupRoleRules({ group_role: role!, policy: 'all.modify' }))).message).toMatch(
      /granting all\.project_manage$/,
    )
  })
})
