import { groupsUsingIpsets } from '../../db/stores/security-group-sets.js'
import type { Handler } from '../types.js'
import { securityGroupIpsets } from '../../services/lookups/security_group.js'

export const ApplySecurityGroupIPSets: Handler<'ApplySecurityGroupIPSets'> = async (params, { tx, zone, enqueueJob }) => {
  const rows = await securityGroupIpsets.all(tx.db, params.security_group_ipsets, zone)
  const ids = rows.map((row) => row.security_group_ipset_id)
  const groups = [...new Set((await groupsUsingIpsets(tx.db, ids)).map((u) => u.security_group_id))]
  const job_id = await enqueueJob({ resource_ids: [...ids, ...groups], directive: { security_groups: groups } })
  return { job_id }
}
