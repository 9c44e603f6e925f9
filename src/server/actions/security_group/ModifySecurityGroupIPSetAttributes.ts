import { checkIpsetVal } from '../../domain/security-groups.js'
import { groupsUsingIpsets, updateIpset, type IpsetRow } from '../../db/stores/security-group-sets.js'
import { updateSecurityGroups } from '../../db/stores/security-groups.js'
import type { Handler } from '../types.js'
import { securityGroupIpsets } from '../../services/lookups/security_group.js'

/** New entries are pending in the groups using the set until applied (docs/compat.md#ipsets). */
export const ModifySecurityGroupIPSetAttributes: Handler<'ModifySecurityGroupIPSetAttributes'> = async (params, { tx, zone }) => {
  const row = await securityGroupIpsets.one(tx.db, params.security_group_ipset, zone)
  const changes: Partial<IpsetRow> = {}
  if (params.security_group_ipset_name !== undefined) changes.security_group_ipset_name = params.security_group_ipset_name.trim()
  if (params.description !== undefined) changes.description = params.description.trim() === '' ? null : params.description.trim()
  if (params.val !== undefined) {
    checkIpsetVal(row.ipset_type, params.val)
    changes.val = params.val.trim()
    const users = await groupsUsingIpsets(tx.db, [row.security_group_ipset_id])
    await updateSecurityGroups(tx, [...new Set(users.map((u) => u.security_group_id))], { is_applied: 0 })
  }
  if (Object.keys(changes).length > 0) await updateIpset(tx, row.security_group_ipset_id, changes)
  return { security_group_ipset_id: row.security_group_ipset_id }
}
