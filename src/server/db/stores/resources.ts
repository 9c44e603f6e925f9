import type { Queryable, Tx } from '../database.js'
import type { ResourcesTable } from '../schema/resources.js'

export type ResourceRow = ResourcesTable

/** Every resource store calls this when it creates a resource, in the same transaction. */
export async function registerResources(tx: Tx, rows: ResourceRow[]): Promise<void> {
  if (rows.length > 0) await tx.db.insertInto('resources').values(rows).execute()
}

export async function findResources(q: Queryable, ids: readonly string[]): Promise<ResourceRow[]> {
  if (ids.length === 0) return []
  return q.selectFrom('resources').selectAll().where('resource_id', 'in', [...ids]).execute()
}

/** Deleted (not merely terminated) resources leave the registry with their rows. */
export async function unregisterResources(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await tx.db.deleteFrom('resources').where('resource_id', 'in', [...ids]).execute()
}

/** Registers several new resources of one type, owner and zone. */
export async function registerNew(
  tx: Tx,
  resource_type: ResourceRow['resource_type'],
  ids: readonly string[],
  where: { owner: string; zone_id: string; create_time: string },
): Promise<void> {
  await registerResources(
    tx,
    ids.map((resource_id) => ({ resource_id, resource_type, ...where })),
  )
}
