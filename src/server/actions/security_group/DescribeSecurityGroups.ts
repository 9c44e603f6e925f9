import { listOrder } from '../../domain/listing.js'
import { checkOwnerFilter } from '../../domain/lookup.js'
import { describeSecurityGroups, securityGroupSortKeys } from '../../db/stores/security-groups.js'
import { checkDescribedIds } from '../../services/describe-ids.js'
import type { Handler } from '../types.js'
import { ensureDefaultGroup } from '../../services/default-security-group.js'
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
  await checkDescribedIds(tx.db, {
    ids: params.security_groups,
    scope,
    zone,
    label: 'security group',
    visible: async (ids) =>
      (
        await describeSecurityGroups(
          tx.db,
          { scope, zone_id: zone, security_group_ids: ids },
          { offset: 0, limit: ids.length, key: 'security_group_id', direction: 'asc' },
        )
      ).rows.map((g) => g.security_group_id),
  })
  const order = listOrder(params, securityGroupSortKeys)
  const { rows, total } = await describeSecurityGroups(tx.db, filter, { offset: params.offset, limit: params.limit, ...order })
  return { security_group_set: await securityGroupRecords(tx.db, rows, params.verbose === 1), total_count: total }
}
