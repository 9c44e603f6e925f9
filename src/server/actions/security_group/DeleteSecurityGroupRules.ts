import { isoAt } from '../../domain/clock.js'
import { deleteRules, updateSecurityGroups } from '../../db/stores/security-groups.js'
import { unregisterResources } from '../../db/stores/resources.js'
import type { Handler } from '../types.js'
import { securityGroupRules } from '../../services/lookups/security_group.js'

export const DeleteSecurityGroupRules: Handler<'DeleteSecurityGroupRules'> = async (params, { tx, now, zone }) => {
  const rows = await securityGroupRules.all(tx.db, params.security_group_rules, zone)
  const ids = rows.map((row) => row.security_group_rule_id)
  await deleteRules(tx, ids)
  await unregisterResources(tx, ids, isoAt(now))
  await updateSecurityGroups(tx, [...new Set(rows.map((row) => row.security_group_id))], { is_applied: 0 })
  return { security_group_rules: ids }
}
