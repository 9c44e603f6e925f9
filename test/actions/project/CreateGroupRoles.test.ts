import { describe, expect, it } from 'vitest'
import { addMember, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('CreateGroupRoles', () => {
  it('creates an editable role with the default rules all.describe and monitor.describe', async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    const { group_role_ids } = await api.client.createGroupRoles({
      project_id,
      role_type: 'rule',
      group_role_name: 'a',
      description: 'ops',
    })
    expect(group_role_ids).toHaveLength(1)
    const [role] = (await api.client.describeGroupRoles({ project_id, group_roles: group_role_ids, verbose: 1 })).group_role_set
    expect(role).toMatchObject({
      group_role_name: 'a',
      description: 'ops',
      read_only: 0,
      status: 'enabled',
      role_type: 'rule',
      iamg_role_id: null,
    })
    expect(role!.group_role_rule_set!.map((r) => [r.policy, r.principle, r.status]).sort()).toEqual([
      ['all.describe', '', 'enabled'],
      ['monitor.describe', '', 'enabled'],
    ])
  })

  it('needs project_id and role_type rule (1100); only project managers may (1400)', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    expect((await refusal(api.client.request('CreateGroupRoles', { role_type: 'rule' }))).message).toBe(
      'MissingParameter, parameter [project_id] is required',
    )
    expect((await refusal(api.client.request('CreateGroupRoles', { project_id, role_type: 'other' }))).ret_code).toBe(1100)
    expect((await refusal(api.client.createGroupRoles({ project_id: 'pj-nothere0', role_type: 'rule' }))).ret_code).toBe(2100)
    const member = await addMember(api, api.client, project_id, roles.member)
    expect((await refusal(member.client.createGroupRoles({ project_id, role_type: 'rule' }))).ret_code).toBe(1400)
    const admin = await addMember(api, api.client, project_id, roles.project_admin)
    expect((await admin.client.createGroupRoles({ project_id, role_type: 'rule' })).group_role_ids).toHaveLength(1)
  })
})
