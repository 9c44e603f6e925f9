import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { checkIpsetVal } from '../../domain/security-groups.js'
import { registerNew } from '../../db/stores/resources.js'
import { insertIpset } from '../../db/stores/security-group-sets.js'
import { requireQuota } from '../../services/quotas.js'
import type { Handler } from '../types.js'

export const CreateSecurityGroupIPSet: Handler<'CreateSecurityGroupIPSet'> = async (params, ctx) => {
  const { tx, caller, zone, now } = ctx
  checkIpsetVal(params.ipset_type, params.val)
  await requireQuota(ctx, { security_group_ipset: 1 })
  const at = isoAt(now)
  const security_group_ipset_id = newId('sgi-')
  await insertIpset(tx, {
    security_group_ipset_id,
    security_group_ipset_name: params.security_group_ipset_name?.trim() ?? '',
    description: null,
    ipset_type: params.ipset_type,
    // Kept as sent (docs/compat.md#ipsets).
    val: params.val.trim(),
    owner: caller.user_id,
    zone_id: zone,
    create_time: at,
  })
  await registerNew(ctx, 'security_group_ipset', [security_group_ipset_id], { owner: caller.user_id, zone_id: zone, create_time: at })
  return { security_group_ipset_id }
}
