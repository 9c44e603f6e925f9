import type { QingClient } from '../../src/sdk/index.js'
import type { TestServer } from './server.js'

export interface ProjectRoles {
  owner: string
  project_admin: string
  resource_admin: string
  member: string
}

/** A new project of `client`'s user, with the ids of its owner role and three preset roles. */
export async function newProject(
  client: QingClient,
  input: { project_name?: string } = {},
): Promise<{ project_id: string; roles: ProjectRoles }> {
  const { project_id } = await client.createProject({ project_name: input.project_name ?? 'p' })
  const presets = await client.describeGroupRoles({ project_id, limit: 100 })
  const byName = new Map(presets.group_role_set.map((r) => [r.group_role_name, r.group_role_id]))
  const owner = (await client.describeProjectMembers({ project_id })).project_member_set.find((m) => m.is_project_owner === 1)!.role
  return {
    project_id,
    roles: {
      owner,
      project_admin: byName.get('project_admin')!,
      resource_admin: byName.get('resource_admin')!,
      member: byName.get('member')!,
    },
  }
}

/** A new user, added by `client` to the project with `role`; its own client signs as it. */
export async function addMember(api: TestServer, client: QingClient, project_id: string, role: string) {
  const user = await api.newUser()
  const { project_member_ids } = await client.addProjectMember({
    project_id,
    project_members: [{ project_member_info: user.credentials.email, project_member_type: 'user', role }],
  })
  return { ...user, user_id: user.credentials.user_id, project_member_id: project_member_ids[0]! }
}

/** A custom role in the project holding exactly `policies` (its default rules removed), and a member with it. */
export async function memberWithRules(
  api: TestServer,
  client: QingClient,
  project_id: string,
  policies: ReadonlyArray<{ policy: string; principle?: string }>,
) {
  const [role] = (await client.createGroupRoles({ project_id, role_type: 'rule' })).group_role_ids
  const defaults = await client.describeGroupRoleRules({ project_id, group_roles: [role!] })
  await client.deleteGroupRoleRules({ group_role_rules: defaults.group_role_rule_set.map((r) => r.group_role_rule_id) })
  const rules: string[] = []
  for (const rule of policies) rules.push((await client.addGroupRoleRules({ group_role: role!, ...rule })).group_role_rule_id)
  return { ...(await addMember(api, client, project_id, role!)), role: role!, rules }
}
