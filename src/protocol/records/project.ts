import { z } from 'zod'

/** Role statuses and rule statuses (docs/compat.md#rule-policies). */
export const ruleStatuses = ['enabled', 'disabled'] as const

/** A project record of DescribeProjects (docs/api/project.md#describeprojects; Go `Project`: `meta` a JSON string, docs/compat.md#project-meta). */
export const Project = z.object({
  project_id: z.string(),
  project_name: z.string(),
  description: z.string(),
  status: z.string(),
  resource_group_id: z.string(),
  owner: z.string(),
  owner_name: z.string(),
  root_user_id: z.string(),
  enabled: z.number().int(),
  console_id: z.string(),
  meta: z.string(),
  create_time: z.string(),
})

/** A role rule (docs/compat.md#rule-policies); `principle` is JSON text or `""` (docs/compat.md#rule-times). Times are UTC with `Z`. */
export const GroupRoleRule = z.object({
  group_role_rule_id: z.string(),
  group_role_id: z.string(),
  policy: z.string(),
  principle: z.string(),
  status: z.enum(ruleStatuses),
  description: z.string().nullable(),
  iam_policy_id: z.string(),
  controller: z.string(),
  owner: z.string(),
  root_user_id: z.string(),
  console_id: z.string(),
  create_time: z.string(),
  status_time: z.string(),
})

/** A role (docs/api/project.md#describegrouproles); `group_role_rule_set` only with `verbose=1`. */
export const GroupRole = z.object({
  group_role_id: z.string(),
  group_role_name: z.string(),
  description: z.string(),
  role_type: z.string(),
  status: z.enum(ruleStatuses),
  read_only: z.number().int(),
  iamg_role_id: z.null(),
  create_time: z.string(),
  status_time: z.string(),
  group_role_rule_set: z.array(GroupRoleRule).optional(),
})

/** A member record of DescribeProjectMembers (docs/api/project.md#describeprojectmembers). */
export const ProjectMember = z.object({
  project_member_id: z.string(),
  project_id: z.string(),
  project_member_name: z.string(),
  project_member_info: z.string(),
  project_member_type: z.string(),
  project_member_user_id: z.string(),
  gravatar_email: z.string(),
  role: z.string(),
  group_role_name: z.string(),
  user_group_id: z.string(),
  is_project_owner: z.number().int(),
  enabled: z.number().int(),
  description: z.string(),
  console_id: z.string(),
  owner: z.string(),
  root_user_id: z.string(),
  create_time: z.string(),
})

/** A resource item (docs/api/project.md#describeprojectresourceitems, Go `ProjectResourceItem`). */
export const ProjectResourceItem = z.object({
  project_id: z.string(),
  project_name: z.string(),
  resource_id: z.string(),
  resource_type: z.string(),
  resource_group_id: z.string(),
  zone_id: z.string(),
  owner: z.string(),
  root_user_id: z.string(),
  meta: z.string(),
  create_time: z.string(),
})
