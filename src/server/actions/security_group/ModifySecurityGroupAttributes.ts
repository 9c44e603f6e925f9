import { updateSecurityGroups, type SecurityGroupRow } from '../../db/stores/security-groups.js'
import type { Handler } from '../types.js'
import { securityGroups } from '../../services/lookups/security_group.js'

export const ModifySecurityGroupAttributes: Handler<'ModifySecurityGroupAttributes'> = async (params, { tx, zone }) => {
  const row = await securityGroups.one(tx.db, params.security_group, zone)
  const changes: Partial<SecurityGroupRow> = {}
  if (params.security_group_name !== undefined) changes.security_group_name = params.security_group_name.trim()
  if (params.description !== undefined) changes.description = params.description.trim() === '' ? null : params.description.trim()
  // Names and descriptions do not touch is_applied (docs/compat.md#rule-defaults).
  if (Object.keys(changes).length > 0) await updateSecurityGroups(tx, [row.security_group_id], changes)
  return { security_group_id: row.security_group_id }
}
