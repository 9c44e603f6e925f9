import { lookupOf } from '../../domain/lookup.js'
import type { Queryable } from '../../db/database.js'
import { findSnapshots, type SnapshotRow } from '../../db/stores/snapshots.js'

async function findLiveSnapshots(q: Queryable, ids: readonly string[]): Promise<SnapshotRow[]> {
  return (await findSnapshots(q, ids)).filter((row) => row.status !== 'ceased')
}

/** `snapshots.all(q, ids, zone)` / `snapshots.one(q, id, zone)`: the rows, or 2100 for the first unknown id. */
export const snapshots = lookupOf(findLiveSnapshots, (row) => row.snapshot_id, 'snapshot')
