import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { registerNew } from '../../db/stores/resources.js'
import { insertSnapshot } from '../../db/stores/security-group-sets.js'
import { describeRules } from '../../db/stores/security-groups.js'
import type { Handler } from '../types.js'
import { securityGroups } from '../../services/lookups/security_group.js'

/** Copies the group's current rules, applied or not (docs/api/security_group.md#createsecuritygroupsnapshot). */
export const CreateSecurityGroupSnapshot: Handler<'CreateSecurityGroupSnapshot'> = async (params, { tx, scope, zone, now, createIn }) => {
  const group = await securityGroups.one(tx.db, params.security_group, zone)
  const { rows } = await describeRules(
    tx.db,
    { scope, zone_id: zone, security_group_id: group.security_group_id },
    { offset: 0, limit: 10_000 },
  )
  const rules = rows.map(({ security_group_rule_name, protocol, priority, action, direction, val1, val2, val3, disabled }) => ({
    security_group_rule_name,
    protocol,
    priority,
    action,
    direction,
    val1,
    val2,
    val3,
    disabled,
  }))
  const at = isoAt(now)
  const security_group_snapshot_id = newId('sgs-')
  await insertSnapshot(tx, {
    security_group_snapshot_id,
    security_group_id: group.security_group_id,
    name: params.name?.trim() ?? '',
    description: '',
    rules: JSON.stringify(rules),
    owner: group.owner,
    zone_id: zone,
    create_time: at,
  })
  await registerNew({ tx, createIn }, 'security_group_snapshot', [security_group_snapshot_id], {
    owner: group.owner,
    zone_id: zone,
    create_time: at,
  })
  return { security_group_snapshot_id, security_group_id: group.security_group_id }
}
