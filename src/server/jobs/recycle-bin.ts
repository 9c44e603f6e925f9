import { isoAt } from '../domain/clock.js'
import type { Database } from '../db/database.js'
import { ceaseDeletedImagesBefore } from '../db/stores/images.js'
import { ceaseTerminatedBefore } from '../db/stores/instances.js'
import { unbindResources } from '../db/stores/tags.js'
import { ceaseDeletedBefore } from '../db/stores/volumes.js'

/**
 * The recycle bin's end (spec iaas.md §3.5, §4.3, §5.5, gaps G-C8): terminated instances, deleted
 * volumes and deleted images cease once they have stayed so for the window, as CeaseInstances or direct_cease=1 would
 * make them, tags unbound; quotas stop counting them. One transaction; several processes may sweep
 * at once (only the rows still terminated or deleted change, and each is returned once).
 */
export async function emptyRecycleBin(database: Database, now: number, windowMs: number): Promise<{ instances: string[]; volumes: string[]; images: string[] }> {
  const cutoff = isoAt(now - windowMs)
  const at = isoAt(now)
  return database.transaction(async (tx) => {
    const instances = await ceaseTerminatedBefore(tx, cutoff, at)
    const volumes = await ceaseDeletedBefore(tx, cutoff, at)
    const images = await ceaseDeletedImagesBefore(tx, cutoff, at)
    await unbindResources(tx, [...instances, ...volumes, ...images])
    return { instances, volumes, images }
  })
}
