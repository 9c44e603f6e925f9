import { updateSnapshots, type SnapshotRow } from '../../db/stores/snapshots.js'
import type { Handler } from '../types.js'
import { snapshots } from '../../services/lookups/snapshot.js'

export const ModifySnapshotAttributes: Handler<'ModifySnapshotAttributes'> = async (params, { tx, zone }) => {
  const row = await snapshots.one(tx.db, params.snapshot, zone)
  const changes: Partial<SnapshotRow> = {}
  if (params.snapshot_name !== undefined) changes.snapshot_name = params.snapshot_name.trim()
  if (params.description !== undefined) changes.description = params.description.trim()
  if (Object.keys(changes).length > 0) await updateSnapshots(tx, [row.snapshot_id], changes)
  return {}
}
