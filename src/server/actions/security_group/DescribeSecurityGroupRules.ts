import { checkOwnerFilter, requireVisible } from '../../domain/lookup.js'
import { describeRules } from '../../db/stores/security-groups.js'
import { removedByCaller } from '../../services/describe-ids.js'
import type { Handler } from '../types.js'
import { securityGroups } from '../../services/lookups/security_group.js'
import { ruleRecord } from './records.js'

export const DescribeSecurityGroupRules: Handler<'DescribeSecurityGroupRules'> = async (params, { tx, scope, zone }) => {
  checkOwnerFilter(params.owner, scope, 'security group rules')
  // An unknown group is an error (docs/compat.md#unknown-ids-in-filters), and so is someone else's outside a
  // project; in one it lists only if it is an item (the query's scope).
  // A group the caller deleted has no rules (docs/compat.md#describe-removed-ids).
  if (params.security_group !== undefined && (await removedByCaller(tx.db, params.security_group, { scope, zone }))) {
    return { security_group_rule_set: [], total_count: 0 }
  }
  if (params.security_group !== undefined) {
    const group = await securityGroups.one(tx.db, params.security_group, zone)
    requireVisible(group, scope, 'security group', group.security_group_id)
  }
  const { rows, total } = await describeRules(
    tx.db,
    { scope, zone_id: zone, security_group_id: params.security_group, rule_ids: params.security_group_rules, direction: params.direction },
    { offset: params.offset, limit: params.limit },
  )
  return { security_group_rule_set: rows.map(ruleRecord), total_count: total }
}
