import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { registerNew } from '../../db/stores/resources.js'
import { insertSecurityGroups } from '../../db/stores/security-groups.js'
import { requireQuota } from '../../services/quotas.js'
import type { Handler } from '../types.js'
import { ensureDefaultGroup } from '../../services/default-security-group.js'

export const CreateSecurityGroup: Handler<'CreateSecurityGroup'> = async (params, ctx) => {
  const { tx, caller, zone, now } = ctx
  await ensureDefaultGroup(tx, caller.user_id, zone, now)
  await requireQuota(ctx, { security_group: 1 })
  const at = isoAt(now)
  const security_group_id = newId('sg-')
  await insertSecurityGroups(tx, [
    {
      security_group_id,
      security_group_name: params.security_group_name?.trim() ?? '',
      description: null,
      // Nothing to apply yet (docs/compat.md#rule-defaults).
      is_applied: 1,
      is_default: 0,
      default_key: null,
      owner: caller.user_id,
      zone_id: zone,
      create_time: at,
    },
  ])
  await registerNew(ctx, 'security_group', [security_group_id], { owner: caller.user_id, zone_id: zone, create_time: at })
  return { security_group_id }
}
