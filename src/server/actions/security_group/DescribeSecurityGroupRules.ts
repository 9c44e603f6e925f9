import { checkOwnerFilter } from '../../domain/lookup.js'
import { describeRules } from '../../db/stores/security-groups.js'
import type { Handler } from '../types.js'
import { securityGroups } from './lookup.js'
import { ruleRecord } from './records.js'

export const DescribeSecurityGroupRules: Handler<'DescribeSecurityGroupRules'> = async (params, { tx, scope, zone }) => {
  checkOwnerFilter(params.owner, scope, 'security group rules')
  // An unknown group is an error (docs/compat.md#unknown-ids-in-filters); someone else's is refused outside a
  // project, and in one lists only if it is an item (the query's scope).
  if (params.security_group !== undefined) {
    const group = await securityGroups.one(tx.db, params.security_group, zone)
    checkOwnerFilter(group.owner, scope, 'security group rules')
  }
  const { rows, total } = await describeRules(
    tx.db,
    { scope, zone_id: zone, security_group_id: params.security_group, rule_ids: params.security_group_rules, direction: params.direction },
    { offset: params.offset, limit: params.limit },
  )
  return { security_group_rule_set: rows.map(ruleRecord), total_count: total }
}
