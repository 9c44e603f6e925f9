import { wireTime } from '../../../protocol/time.js'
import type { RoleRow, RuleRow } from '../../db/stores/group-roles.js'
import type { MemberRow, ProjectRow } from '../../db/stores/projects.js'

/** The console id QingCloud puts on project records; qingstack has one console. */
export const CONSOLE_ID = 'qingstack'

export function projectRecord(row: ProjectRow & { owner_name: string }) {
  return {
    project_id: row.project_id,
    project_name: row.project_name,
    description: row.description,
    status: row.status,
    resource_group_id: row.resource_group_id,
    owner: row.owner,
    owner_name: row.owner_name,
    root_user_id: row.owner,
    enabled: row.enabled,
    console_id: CONSOLE_ID,
    meta: row.meta,
    create_time: wireTime(row.create_time),
  }
}

/** A rule record; `owner` is the project owner, as in the docs' examples. */
export function ruleRecord(row: RuleRow, owner: string) {
  return {
    group_role_rule_id: row.group_role_rule_id,
    group_role_id: row.group_role_id,
    policy: row.policy,
    principle: row.principle,
    status: row.status,
    description: row.description,
    iam_policy_id: '',
    controller: 'self',
    owner,
    root_user_id: owner,
    console_id: CONSOLE_ID,
    create_time: wireTime(row.create_time),
    status_time: wireTime(row.status_time),
  }
}

export function roleRecord(row: RoleRow) {
  return {
    group_role_id: row.group_role_id,
    group_role_name: row.group_role_name,
    description: row.description,
    role_type: row.role_type,
    status: row.status,
    read_only: row.read_only,
    iamg_role_id: null,
    create_time: wireTime(row.create_time),
    status_time: wireTime(row.status_time),
  }
}

export function memberRecord(row: MemberRow & { group_role_name: string; email: string | null }, owner: string) {
  return {
    project_member_id: row.project_member_id,
    project_id: row.project_id,
    project_member_name: row.project_member_name,
    project_member_info: row.project_member_info,
    project_member_type: row.project_member_type,
    project_member_user_id: row.project_member_user_id,
    gravatar_email: row.email ?? '',
    role: row.role,
    group_role_name: row.group_role_name,
    user_group_id: row.user_group_id,
    is_project_owner: row.is_project_owner,
    enabled: row.enabled,
    description: row.description,
    console_id: CONSOLE_ID,
    owner,
    root_user_id: owner,
    create_time: wireTime(row.create_time),
  }
}

/** `meta` as stored (docs/compat.md#project-meta): the items given, else the colour, else nothing. */
export function metaText(meta: ReadonlyArray<Record<string, unknown>> | undefined, color: string | undefined): string | undefined {
  if (meta !== undefined) return JSON.stringify(meta)
  if (color !== undefined) return JSON.stringify([{ color }])
  return undefined
}
