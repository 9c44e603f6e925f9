import { isoAt } from '../domain/clock.js'
import type { Database } from '../db/database.js'
import { ceaseBinnedBefore, type Bin } from '../db/stores/recycle-bin.js'
import { unbindResources } from '../db/stores/tags.js'

/**
 * The recycle bin's end (docs/compat.md#recycle-bin): terminated instances and deleted volumes, images and
 * snapshots cease once they have stayed so for the window, as CeaseInstances or direct_cease=1
 * would make them, tags unbound; quotas stop counting them. One transaction.
 */
export async function emptyRecycleBin(database: Database, now: number, windowMs: number): Promise<Record<Bin, string[]>> {
  return database.transaction(async (tx) => {
    const ceased = await ceaseBinnedBefore(tx, isoAt(now - windowMs), isoAt(now))
    await unbindResources(tx, Object.values(ceased).flat())
    return ceased
  })
}
