import type { SecurityGroupSnapshot } from '../../../protocol/records/network.js'
import { wireTime } from '../../../protocol/time.js'
import { requireVisible } from '../../domain/lookup.js'
import { snapshotRules } from '../../domain/security-groups.js'
import { describeSnapshots } from '../../db/stores/security-group-sets.js'
import { removedByCaller } from '../../services/describe-ids.js'
import type { Handler } from '../types.js'
import { securityGroups } from '../../services/lookups/security_group.js'

export const DescribeSecurityGroupSnapshots: Handler<'DescribeSecurityGroupSnapshots'> = async (params, { tx, scope, zone }) => {
  // A group the caller deleted has no snapshots (docs/compat.md#describe-removed-ids).
  if (await removedByCaller(tx.db, params.security_group, { scope, zone })) return { security_group_snapshot_set: [], total_count: 0 }
  const group = await securityGroups.one(tx.db, params.security_group, zone)
  requireVisible(group, scope, 'security group', group.security_group_id)
  const { rows, total } = await describeSnapshots(
    tx.db,
    { scope, security_group_id: group.security_group_id, snapshot_ids: params.security_group_snapshots },
    { offset: params.offset, limit: params.limit, newestFirst: params.reverse !== false },
  )
  const set: SecurityGroupSnapshot[] = rows.map((row) => ({
    security_group_snapshot_id: row.security_group_snapshot_id,
    group_id: row.security_group_id,
    name: row.name,
    description: row.description,
    owner: row.owner,
    root_user_id: row.owner,
    create_time: wireTime(row.create_time),
    rules: snapshotRules(row.rules),
  }))
  return { security_group_snapshot_set: set, total_count: total }
}
