import { describeRoles, rulesOfRoles } from '../../db/stores/group-roles.js'
import { findProjects } from '../../db/stores/projects.js'
import type { Handler } from '../types.js'
import { projects } from '../../services/lookups/project.js'
import { roleRecord, ruleRecord } from './records.js'

/** Roles of the projects the caller is in (authorize checked a named project_id). */
export const DescribeGroupRoles: Handler<'DescribeGroupRoles'> = async (params, { tx, caller }) => {
  if (params.project_id !== undefined) await projects.one(tx.db, params.project_id)
  const { rows, total } = await describeRoles(
    tx.db,
    {
      user_id: caller.user_id,
      project_id: params.project_id,
      role_ids: params.group_roles,
      statuses: params.status,
      search_word: params.search_word,
    },
    { offset: params.offset, limit: params.limit, direction: params.reverse === false ? 'asc' : 'desc' },
  )
  const records = rows.map((row) => roleRecord(row))
  if (params.verbose !== 1) return { group_role_set: records, total_count: total }
  const owners = new Map((await findProjects(tx.db, [...new Set(rows.map((r) => r.project_id))])).map((p) => [p.project_id, p.owner]))
  const rules = await rulesOfRoles(
    tx.db,
    rows.map((r) => r.group_role_id),
  )
  return {
    group_role_set: records.map((record, i) => ({
      ...record,
      group_role_rule_set: rules
        .filter((rule) => rule.group_role_id === record.group_role_id)
        .map((rule) => ruleRecord(rule, owners.get(rows[i]!.project_id) ?? '')),
    })),
    total_count: total,
  }
}
