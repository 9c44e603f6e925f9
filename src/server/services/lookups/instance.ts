import { lookupOf } from '../../domain/lookup.js'
import type { Queryable } from '../../db/database.js'
import { findInstances, type InstanceRow } from '../../db/stores/instances.js'

/** Instances that exist and have not ceased (a ceased one is not found, docs/compat.md#ended-resources). */
async function findLiveInstances(q: Queryable, ids: readonly string[]): Promise<InstanceRow[]> {
  return (await findInstances(q, ids)).filter((row) => row.status !== 'ceased')
}

/** `instances.all(q, ids, zone)` / `instances.one(q, id, zone)`: the rows, or 2100 for the first unknown id. */
export const instances = lookupOf(findLiveInstances, (row) => row.instance_id, 'instance')
