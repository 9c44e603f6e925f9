import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { snapshotRules } from '../../domain/security-groups.js'
import { registerNew, unregisterResources } from '../../db/stores/resources.js'
import { deleteRules, insertRules, ruleIdsOfGroups, updateSecurityGroups } from '../../db/stores/security-groups.js'
import type { Handler } from '../types.js'
import { securityGroups, securityGroupSnapshots } from '../../services/lookups/security_group.js'

/** The group's rules are replaced by fresh copies of the snapshot's (docs/api/security_group.md#rollbacksecuritygroup). */
export const RollbackSecurityGroup: Handler<'RollbackSecurityGroup'> = async (params, { tx, zone, now, createIn }) => {
  const group = await securityGroups.one(tx.db, params.security_group, zone)
  const snapshot = await securityGroupSnapshots.one(tx.db, params.security_group_snapshot, zone)
  if (snapshot.security_group_id !== group.security_group_id) {
    throw new ApiError('PermissionDenied', {
      reason: `security group snapshot [${snapshot.security_group_snapshot_id}] is not a snapshot of security group [${group.security_group_id}]`,
    })
  }
  const old = await ruleIdsOfGroups(tx.db, [group.security_group_id])
  await deleteRules(tx, old)
  const at = isoAt(now)
  await unregisterResources(tx, old, at)
  const rules = snapshotRules(snapshot.rules).map((rule) => ({
    ...rule,
    security_group_rule_id: newId('sgr-'),
    security_group_id: group.security_group_id,
    owner: group.owner,
    zone_id: zone,
    create_time: at,
  }))
  await insertRules(tx, rules)
  await registerNew(
    { tx, createIn },
    'security_group_rule',
    rules.map((r) => r.security_group_rule_id),
    { owner: group.owner, zone_id: zone, create_time: at },
  )
  await updateSecurityGroups(tx, [group.security_group_id], { is_applied: 0 })
  return { security_group_id: group.security_group_id, security_group_snapshot_id: snapshot.security_group_snapshot_id }
}
