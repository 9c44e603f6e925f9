import { ApiError } from '../../../protocol/errors.js'
import { listOrder } from '../../domain/listing.js'
import { checkOwnerFilter } from '../../domain/lookup.js'
import { describeSecurityGroups, securityGroupSortKeys } from '../../db/stores/security-groups.js'
import type { Handler } from '../types.js'
import { ensureDefaultGroup } from './defaults.js'
import { securityGroupRecords } from './records.js'

export const DescribeSecurityGroups: Handler<'DescribeSecurityGroups'> = async (params, { tx, caller, scope, zone, now }) => {
  checkOwnerFilter(params.owner, scope, 'security groups')
  await ensureDefaultGroup(tx, caller.user_id, zone, now)
  const filter = {
    scope,
    zone_id: zone,
    security_group_ids: params.security_groups,
    // Names are stored trimmed (CreateSecurityGroup, ModifySecurityGroupAttributes).
    security_group_name: params.security_group_name?.trim(),
    search_word: params.search_word,
    tag_ids: params.tags,
  }
  if (params.security_groups?.length) {
    // The page says an unknown group id is an error (docs/compat.md#unknown-ids-in-filters); ids outside the scope are unknown.
    const visible = await describeSecurityGroups(
      tx.db,
      { scope, zone_id: zone, security_group_ids: params.security_groups },
      { offset: 0, limit: params.security_groups.length, key: 'security_group_id', direction: 'asc' },
    )
    const known = new Set(visible.rows.map((g) => g.security_group_id))
    const missing = params.security_groups.find((id) => !known.has(id))
    if (missing !== undefined) throw new ApiError('ResourceNotFound', { resource: 'security group', id: missing })
  }
  const order = listOrder(params, securityGroupSortKeys)
  const { rows, total } = await describeSecurityGroups(tx.db, filter, { offset: params.offset, limit: params.limit, ...order })
  return { security_group_set: await securityGroupRecords(tx.db, rows, params.verbose === 1), total_count: total }
}
