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
