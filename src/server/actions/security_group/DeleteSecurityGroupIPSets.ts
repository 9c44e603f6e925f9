import { isoAt } from '../../domain/clock.js'
import { ApiError } from '../../../protocol/errors.js'
import { unregisterResources } from '../../db/stores/resources.js'
import { deleteIpsets, groupsUsingIpsets } from '../../db/stores/security-group-sets.js'
import type { Handler } from '../types.js'
import { securityGroupIpsets } from '../../services/lookups/security_group.js'

/** A set a rule still names refuses the whole batch (docs/compat.md#ipsets). */
export const DeleteSecurityGroupIPSets: Handler<'DeleteSecurityGroupIPSets'> = async (params, { tx, now, zone }) => {
  const rows = await securityGroupIpsets.all(tx.db, params.security_group_ipsets, zone)
  const ids = rows.map((row) => row.security_group_ipset_id)
  const [used] = await groupsUsingIpsets(tx.db, ids)
  if (used) {
    throw new ApiError('PermissionDenied', {
      reason: `security group IP set [${used.ipset}] is used by security group [${used.security_group_id}], can not be deleted`,
    })
  }
  await deleteIpsets(tx, ids)
  await unregisterResources(tx, ids, isoAt(now))
  return { security_group_ipsets: ids }
}
