import { wireTime } from '../../../protocol/time.js'
import { checkOwnerFilter } from '../../domain/lookup.js'
import { describeIpsets, groupsUsingIpsets } from '../../db/stores/security-group-sets.js'
import { findSecurityGroups } from '../../db/stores/security-groups.js'
import { checkDescribedIds } from '../../services/describe-ids.js'
import type { Handler } from '../types.js'
import { tagRefs } from '../../services/tag-refs.js'

export const DescribeSecurityGroupIPSets: Handler<'DescribeSecurityGroupIPSets'> = async (params, { tx, scope, zone }) => {
  checkOwnerFilter(params.owner, scope, 'IP sets')
  const wanted = params.security_group_ipsets
  await checkDescribedIds(tx.db, {
    ids: wanted,
    scope,
    zone,
    label: 'security group IP set',
    visible: async (ids) =>
      (await describeIpsets(tx.db, { scope, zone_id: zone, ipset_ids: ids }, { offset: 0, limit: ids.length })).rows.map(
        (row) => row.security_group_ipset_id,
      ),
  })
  const filter = {
    scope,
    zone_id: zone,
    ipset_ids: wanted,
    ipset_type: params.ipset_type,
    name: params.security_group_ipset_name,
    tag_ids: params.tags,
  }
  const { rows, total } = await describeIpsets(tx.db, filter, { offset: params.offset, limit: params.limit })
  const ids = rows.map((row) => row.security_group_ipset_id)
  const tags = await tagRefs(tx.db, ids)
  const users = params.verbose === 1 ? await groupsUsingIpsets(tx.db, ids) : []
  const names = new Map(
    (await findSecurityGroups(tx.db, [...new Set(users.map((u) => u.security_group_id))])).map((g) => [
      g.security_group_id,
      g.security_group_name,
    ]),
  )
  return {
    security_group_ipset_set: rows.map((row) => ({
      security_group_ipset_id: row.security_group_ipset_id,
      security_group_ipset_name: row.security_group_ipset_name,
      description: row.description,
      ipset_type: row.ipset_type,
      val: row.val,
      create_time: wireTime(row.create_time),
      owner: row.owner,
      zone_id: row.zone_id,
      tags: tags(row.security_group_ipset_id),
      ...(params.verbose === 1
        ? {
            resources: [...new Set(users.filter((u) => u.ipset === row.security_group_ipset_id).map((u) => u.security_group_id))].map(
              (id) => ({
                resource_id: id,
                resource_name: names.get(id) ?? '',
                resource_type: 'security_group',
              }),
            ),
          }
        : {}),
    })),
    total_count: total,
  }
}
