import { lookupOf } from '../../domain/lookup.js'
import type { Queryable } from '../../db/database.js'
import { findVolumes, type VolumeRow } from '../../db/stores/volumes.js'

async function findLiveVolumes(q: Queryable, ids: readonly string[]): Promise<VolumeRow[]> {
  return (await findVolumes(q, ids)).filter((row) => row.status !== 'ceased')
}

/** `volumes.all(q, ids, zone)` / `volumes.one(q, id, zone)`: the rows, or 2100 for the first unknown id. */
export const volumes = lookupOf(findLiveVolumes, (row) => row.volume_id, 'volume')
