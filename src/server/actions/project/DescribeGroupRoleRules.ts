import { describeRules } from '../../db/stores/group-roles.js'
import { findProjects } from '../../db/stores/projects.js'
import type { Handler } from '../types.js'
import { projects } from '../../services/lookups/project.js'
import { ruleRecord } from './records.js'

/** Rules of roles of the projects the caller is in (docs/compat.md#describe-filters-honoured: every filter honoured, `item_set` empty). */
export const DescribeGroupRoleRules: Handler<'DescribeGroupRoleRules'> = async (params, { tx, caller }) => {
  if (params.project_id !== undefined) await projects.one(tx.db, params.project_id)
  const { rows, total } = await describeRules(
    tx.db,
    {
      user_id: caller.user_id,
      project_id: params.project_id,
      role_ids: params.group_roles,
      rule_ids: params.group_role_rules,
      statuses: params.status,
    },
    { offset: params.offset, limit: params.limit, direction: params.reverse === false ? 'asc' : 'desc' },
  )
  const owners = new Map((await findProjects(tx.db, [...new Set(rows.map((r) => r.project_id))])).map((p) => [p.project_id, p.owner]))
  return { item_set: [], group_role_rule_set: rows.map((row) => ruleRecord(row, owners.get(row.project_id) ?? '')), total_count: total }
}
