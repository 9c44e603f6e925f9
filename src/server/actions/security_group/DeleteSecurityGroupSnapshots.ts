import { isoAt } from '../../domain/clock.js'
import { unregisterResources } from '../../db/stores/resources.js'
import { deleteSnapshots } from '../../db/stores/security-group-sets.js'
import type { Handler } from '../types.js'
import { securityGroupSnapshots } from '../../services/lookups/security_group.js'

export const DeleteSecurityGroupSnapshots: Handler<'DeleteSecurityGroupSnapshots'> = async (params, { tx, now, zone }) => {
  const rows = await securityGroupSnapshots.all(tx.db, params.security_group_snapshots, zone)
  const ids = rows.map((row) => row.security_group_snapshot_id)
  await deleteSnapshots(tx, ids)
  await unregisterResources(tx, ids, isoAt(now))
  return { security_group_snapshots: ids }
}
