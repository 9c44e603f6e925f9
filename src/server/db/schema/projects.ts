/** Projects (docs/api/project.md#createproject). `meta` is JSON text, as it goes on the wire (docs/compat.md#project-meta). */
export interface ProjectsTable {
  project_id: string
  project_name: string
  description: string
  meta: string
  status: 'active'
  enabled: number
  resource_group_id: string
  /** The project owner's user id; only the owner creates and adds resources (docs/compat.md#project-id-on-iaas). */
  owner: string
  create_time: string
  status_time: string
}

/** Roles of a project (docs/compat.md#preset-roles): the owner role, three presets (docs/compat.md#preset-roles) and custom roles. */
export interface GroupRolesTable {
  group_role_id: string
  project_id: string
  group_role_name: string
  description: string
  role_type: string
  status: 'enabled' | 'disabled'
  /** 1 for the owner role and the presets: they cannot change (docs/compat.md#preset-roles). */
  read_only: number
  /** Which built-in role this is, '' for a custom one. */
  preset: '' | 'owner' | 'project_admin' | 'resource_admin' | 'member'
  create_time: string
  status_time: string
}

/** Permission rules of a role (docs/compat.md#rule-policies). `principle` is the text received, or ''. */
export interface GroupRoleRulesTable {
  group_role_rule_id: string
  group_role_id: string
  project_id: string
  policy: string
  principle: string
  status: 'enabled' | 'disabled'
  description: string | null
  create_time: string
  status_time: string
}

/** Members of a project (docs/api/project.md#addprojectmember), the owner included (`is_project_owner` 1). */
export interface ProjectMembersTable {
  project_member_id: string
  project_id: string
  project_member_user_id: string
  project_member_name: string
  project_member_info: string
  project_member_type: 'user' | 'user_group'
  /** The member's role, a `gr-` id of the same project. */
  role: string
  user_group_id: string
  is_project_owner: number
  description: string
  enabled: number
  create_time: string
}

/** Which resources belong to which project (docs/compat.md#project-id-on-iaas). */
export interface ProjectResourceItemsTable {
  project_id: string
  resource_id: string
  resource_type: string
  zone_id: string
  owner: string
  create_time: string
}
