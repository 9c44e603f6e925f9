import type { Queryable, Tx } from '../database.js'
import type { RoutersTable, RouterStaticsTable } from '../schema/network.js'

export type RouterRow = RoutersTable
export type RouterStaticRow = RouterStaticsTable

export async function insertRouters(tx: Tx, rows: RouterRow[]): Promise<void> {
  if (rows.length > 0) await tx.db.insertInto('routers').values(rows).execute()
}

export async function findRouters(q: Queryable, ids: readonly string[]): Promise<RouterRow[]> {
  if (ids.length === 0) return []
  return q.selectFrom('routers').selectAll().where('router_id', 'in', [...ids]).execute()
}

export async function updateRouters(tx: Tx, ids: readonly string[], changes: Partial<RouterRow>): Promise<void> {
  if (ids.length > 0) await tx.db.updateTable('routers').set(changes).where('router_id', 'in', [...ids]).execute()
}
