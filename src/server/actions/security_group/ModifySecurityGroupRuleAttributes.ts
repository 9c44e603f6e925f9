import { ApiError } from '../../../protocol/errors.js'
import { checkRule, setsNamedBy } from '../../domain/security-groups.js'
import { updateRule, updateSecurityGroups, type SecurityGroupRuleRow } from '../../db/stores/security-groups.js'
import type { Handler } from '../types.js'
import { checkNamedSets } from './sets.js'
import { securityGroupRules } from '../../services/lookups/security_group.js'

export const ModifySecurityGroupRuleAttributes: Handler<'ModifySecurityGroupRuleAttributes'> = async (params, { tx, zone }) => {
  const rule = await securityGroupRules.one(tx.db, params.security_group_rule, zone)
  if (params.security_group !== undefined && params.security_group !== rule.security_group_id) {
    throw new ApiError('InvalidParameter', {
      param: 'security_group',
      reason: `must be [${rule.security_group_id}], the group of rule [${rule.security_group_rule_id}]`,
    })
  }
  const changes: Partial<SecurityGroupRuleRow> = {}
  if (params.security_group_rule_name !== undefined) changes.security_group_rule_name = params.security_group_rule_name.trim()
  if (params.priority !== undefined) changes.priority = params.priority
  if (params.rule_action !== undefined) changes.action = params.rule_action
  if (params.direction !== undefined) changes.direction = params.direction
  if (params.protocol !== undefined) changes.protocol = params.protocol
  if (params.val1 !== undefined) changes.val1 = params.val1.trim()
  if (params.val2 !== undefined) changes.val2 = params.val2.trim()
  if (params.val3 !== undefined) changes.val3 = params.val3.trim()
  if (params.disabled !== undefined) changes.disabled = params.disabled
  // The rule as it would be afterwards must be a valid rule (docs/compat.md#rule-defaults).
  checkRule({ ...rule, ...changes }, '')
  await checkNamedSets(tx.db, setsNamedBy(changes, ''), zone)
  if (Object.keys(changes).length > 0) {
    await updateRule(tx, rule.security_group_rule_id, changes)
    await updateSecurityGroups(tx, [rule.security_group_id], { is_applied: 0 })
  }
  return { security_group_rule_id: rule.security_group_rule_id }
}
