import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { checkRule, MAX_RULES_PER_GROUP, setsNamedBy } from '../../domain/security-groups.js'
import { registerNew } from '../../db/stores/resources.js'
import { insertRules, ruleCount, updateSecurityGroups, type SecurityGroupRuleRow } from '../../db/stores/security-groups.js'
import type { Handler } from '../types.js'
import { checkNamedSets } from './sets.js'
import { securityGroups } from '../../services/lookups/security_group.js'

export const AddSecurityGroupRules: Handler<'AddSecurityGroupRules'> = async (params, { tx, zone, now, createIn }) => {
  const group = await securityGroups.one(tx.db, params.security_group, zone)
  if (params.rules.length === 0) throw new ApiError('MissingParameter', { param: 'rules' })
  const at = isoAt(now)
  // Every rule is checked before any is written (all or nothing).
  const rows: SecurityGroupRuleRow[] = params.rules.map((rule, i) => {
    const row = {
      security_group_rule_id: newId('sgr-'),
      security_group_id: group.security_group_id,
      security_group_rule_name: rule.security_group_rule_name?.trim() ?? '',
      protocol: rule.protocol,
      priority: rule.priority,
      // Defaults: accept (docs/compat.md#rule-defaults), inbound (docs/compat.md#rule-defaults).
      action: rule.action ?? 'accept',
      direction: rule.direction ?? 0,
      val1: rule.val1?.trim() ?? '',
      val2: rule.val2?.trim() ?? '',
      val3: rule.val3?.trim() ?? '',
      disabled: 0,
      owner: group.owner,
      zone_id: zone,
      create_time: at,
    }
    checkRule(row, `rules.${i + 1}`)
    return row
  })
  await checkNamedSets(
    tx.db,
    rows.flatMap((row, i) => setsNamedBy(row, `rules.${i + 1}.`)),
    zone,
  )
  const held = await ruleCount(tx.db, group.security_group_id)
  if (held + rows.length > MAX_RULES_PER_GROUP) {
    throw new ApiError('QuotaExceeded', {
      reason: `security group [${group.security_group_id}] may hold ${MAX_RULES_PER_GROUP} rules: ${held} held, ${rows.length} more requested`,
    })
  }
  await insertRules(tx, rows)
  const ids = rows.map((row) => row.security_group_rule_id)
  await registerNew({ tx, createIn }, 'security_group_rule', ids, { owner: group.owner, zone_id: zone, create_time: at })
  await updateSecurityGroups(tx, [group.security_group_id], { is_applied: 0 })
  return { security_group_rules: ids }
}
