import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { findIpsets, insertIpset } from '../../db/stores/security-group-sets.js'
import { registerNew } from '../../db/stores/resources.js'
import { requireQuota } from '../../services/quotas.js'
import type { Handler } from '../types.js'

/**
 * One new set per (set, zone) pair; `zone` is ignored and an unknown destination zone is 1100
 * (docs/compat.md#ipsets). The sets are found in any zone: the copy may come from elsewhere.
 */
export const CopySecurityGroupIPSets: Handler<'CopySecurityGroupIPSets'> = async (params, ctx) => {
  const { tx, caller, config, now } = ctx
  const zones = params.dest_zones.map((given, i) => {
    const lower = given.trim().toLowerCase()
    const zone = config.zones.find((z) => z.zone_id === lower || z.aliases.includes(lower))
    if (!zone)
      throw new ApiError('InvalidParameter', { param: `dest_zones.${i + 1}`, reason: `names no zone of this server (got [${given}])` })
    return zone.zone_id
  })
  const found = new Map((await findIpsets(tx.db, params.ipsets)).map((row) => [row.security_group_ipset_id, row]))
  const sets = [...new Set(params.ipsets)].map((id) => {
    const row = found.get(id)
    if (!row) throw new ApiError('ResourceNotFound', { resource: 'security group IP set', id })
    return row
  })
  const at = isoAt(now)
  for (const zone_id of new Set(zones)) {
    await requireQuota({ ...ctx, zone: zone_id }, { security_group_ipset: sets.length })
    const ids: string[] = []
    for (const set of sets) {
      const security_group_ipset_id = newId('sgi-')
      ids.push(security_group_ipset_id)
      await insertIpset(tx, { ...set, security_group_ipset_id, owner: caller.user_id, zone_id, create_time: at })
    }
    await registerNew(ctx, 'security_group_ipset', ids, { owner: caller.user_id, zone_id, create_time: at })
  }
  return {}
}
