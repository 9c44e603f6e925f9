import { isoAt } from '../../domain/clock.js'
import { ApiError } from '../../../protocol/errors.js'
import { bindingsOfGroups, deleteSecurityGroups, ruleIdsOfGroups } from '../../db/stores/security-groups.js'
import { deleteSnapshots, snapshotIdsOfGroups } from '../../db/stores/security-group-sets.js'
import { unregisterResources } from '../../db/stores/resources.js'
import type { Handler } from '../types.js'
import { securityGroups } from '../../services/lookups/security_group.js'

/** All or nothing (docs/compat.md#batch-all-or-nothing): the default group and groups in use are refused with 1400; rules and snapshots go too. */
export const DeleteSecurityGroups: Handler<'DeleteSecurityGroups'> = async (params, { tx, now, zone }) => {
  const rows = await securityGroups.all(tx.db, params.security_groups, zone)
  const ids = rows.map((row) => row.security_group_id)
  const defaultGroup = rows.find((row) => row.is_default === 1)
  if (defaultGroup) {
    throw new ApiError('PermissionDenied', {
      reason: `security group [${defaultGroup.security_group_id}] is the default group, can not be deleted`,
    })
  }
  const inUse = await bindingsOfGroups(tx.db, ids)
  const first = ids.find((id) => inUse.some((b) => b.security_group_id === id))
  if (first !== undefined) {
    const users = inUse.filter((b) => b.security_group_id === first).map((b) => b.resource_id)
    throw new ApiError('PermissionDenied', {
      reason: `security group [${first}] is being used by resources [${users.join(', ')}], can not be deleted`,
    })
  }
  const ruleIds = await ruleIdsOfGroups(tx.db, ids)
  const snapshotIds = await snapshotIdsOfGroups(tx.db, ids)
  await deleteSecurityGroups(tx, ids)
  await deleteSnapshots(tx, snapshotIds)
  await unregisterResources(tx, [...ids, ...ruleIds, ...snapshotIds], isoAt(now))
  return { security_groups: ids }
}
