import type { RouterStatus } from '../../../protocol/records/network.js'
import type { Queryable, Tx } from '../database.js'
import type { RoutersTable, RouterStaticEntriesTable, RouterStaticsTable } from '../schema/network.js'
import { pageOf, type SortedPage } from './paging.js'
import { inScope, type Scope } from './scope.js'
import { matchesWord } from './search.js'
import { taggedWith } from './tags.js'
import { ofIds } from './ids.js'
import { syncLeases } from './leases.js'

export type RouterRow = RoutersTable
export type RouterStaticRow = RouterStaticsTable

export async function insertRouters(tx: Tx, rows: RouterRow[]): Promise<void> {
  if (rows.length > 0) await tx.db.insertInto('routers').values(rows).execute()
  await syncLeases(
    tx,
    'router',
    rows.map((r) => r.router_id),
  )
}

export async function findRouters(q: Queryable, ids: readonly string[]): Promise<RouterRow[]> {
  return ofIds(ids, (list) => q.selectFrom('routers').selectAll().where('router_id', 'in', list).execute())
}

export async function updateRouters(tx: Tx, ids: readonly string[], changes: Partial<RouterRow>): Promise<void> {
  if (ids.length > 0)
    await tx.db
      .updateTable('routers')
      .set(changes)
      .where('router_id', 'in', [...ids])
      .execute()
  if ('status' in changes || 'router_type' in changes) await syncLeases(tx, 'router', ids, changes.status_time)
}

/** Ends a router transition: routers still in `transition` settle with `changes` (a replayed step is harmless). */
export async function settleRouters(
  tx: Tx,
  ids: readonly string[],
  input: { transition: RouterRow['transition_status']; at: string; changes?: Partial<RouterRow> },
): Promise<string[]> {
  return ofIds(ids, async (list) => {
    const rows = await tx.db
      .updateTable('routers')
      .set({ ...input.changes, transition_status: '', status_time: input.at })
      .where('router_id', 'in', list)
      .where('transition_status', '=', input.transition)
      .returning('router_id')
      .execute()
    await syncLeases(
      tx,
      'router',
      rows.map((r) => r.router_id),
      input.at,
    )
    return rows.map((r) => r.router_id)
  })
}

export interface RouterFilter {
  scope: Scope
  zone_id: string
  router_ids?: string[] | undefined
  statuses?: RouterStatus[] | undefined
  search_word?: string | undefined
  tag_ids?: string[] | undefined
  /** Only the router this VxNet is joined to. */
  vxnet_id?: string | undefined
}

export const routerSortKeys = ['create_time', 'status_time', 'router_id', 'router_name', 'status'] as const

export async function describeRouters(
  q: Queryable,
  f: RouterFilter,
  page: SortedPage<(typeof routerSortKeys)[number]>,
): Promise<{ rows: RouterRow[]; total: number }> {
  let query = q
    .selectFrom('routers')
    .where(inScope(f.scope, { id: 'routers.router_id', owner: 'routers.owner' }))
    .where('zone_id', '=', f.zone_id)
  if (f.router_ids) query = query.where('router_id', 'in', f.router_ids.length ? f.router_ids : [''])
  // Ceased routers are gone unless asked for by id or status (docs/compat.md#ended-resources).
  if (f.statuses?.length) query = query.where('status', 'in', f.statuses)
  else if (!f.router_ids) query = query.where('status', '!=', 'ceased')
  if (f.search_word) query = query.where(matchesWord('router_id', 'router_name', f.search_word))
  if (f.tag_ids?.length) query = query.where(taggedWith('routers.router_id', f.tag_ids))
  if (f.vxnet_id) {
    const vxnet_id = f.vxnet_id
    query = query.where('router_id', 'in', (eb) =>
      eb.selectFrom('vxnets').select('router_id').where('vxnet_id', '=', vxnet_id).where('router_id', 'is not', null),
    )
  }
  return pageOf(query, (s) => s.selectAll('routers'), {
    ...page,
    orderBy: [[`routers.${page.key}`, page.direction]],
    id: 'routers.router_id',
  })
}

// Statics

export async function insertStatics(tx: Tx, rows: RouterStaticRow[]): Promise<void> {
  if (rows.length > 0) await tx.db.insertInto('router_statics').values(rows).execute()
}

export async function findStatics(q: Queryable, ids: readonly string[]): Promise<RouterStaticRow[]> {
  return ofIds(ids, (list) => q.selectFrom('router_statics').selectAll().where('router_static_id', 'in', list).execute())
}

export async function deleteStatics(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0)
    await tx.db
      .deleteFrom('router_statics')
      .where('router_static_id', 'in', [...ids])
      .execute()
}

export async function staticIdsOfRouters(q: Queryable, routerIds: readonly string[]): Promise<string[]> {
  return ofIds(routerIds, async (list) => {
    const rows = await q.selectFrom('router_statics').select('router_static_id').where('router_id', 'in', list).execute()
    return rows.map((r) => r.router_static_id)
  })
}

export interface StaticFilter {
  scope: Scope
  zone_id: string
  static_ids?: string[] | undefined
  router_id?: string | undefined
  vxnet_id?: string | undefined
  static_type?: number | undefined
}

export async function describeStatics(
  q: Queryable,
  f: StaticFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: RouterStaticRow[]; total: number }> {
  let query = q
    .selectFrom('router_statics')
    .where(inScope(f.scope, { id: 'router_statics.router_id', owner: 'router_statics.owner' }))
    .where('zone_id', '=', f.zone_id)
  if (f.static_ids) query = query.where('router_static_id', 'in', f.static_ids.length ? f.static_ids : [''])
  if (f.router_id) query = query.where('router_id', '=', f.router_id)
  if (f.vxnet_id) query = query.where('vxnet_id', '=', f.vxnet_id)
  if (f.static_type !== undefined) query = query.where('static_type', '=', f.static_type)
  return pageOf(query, (s) => s.selectAll('router_statics'), {
    ...page,
    orderBy: [['router_statics.create_time', 'asc']],
    id: 'router_statics.router_static_id',
  })
}

export async function updateStatic(tx: Tx, id: string, changes: Partial<RouterStaticRow>): Promise<void> {
  await tx.db.updateTable('router_statics').set(changes).where('router_static_id', '=', id).execute()
}

/** Every static of a router, oldest first. */
export async function staticsOfRouter(q: Queryable, router_id: string): Promise<RouterStaticRow[]> {
  return q
    .selectFrom('router_statics')
    .selectAll()
    .where('router_id', '=', router_id)
    .orderBy('create_time')
    .orderBy('router_static_id')
    .execute()
}

// Static entries

export type RouterStaticEntryRow = RouterStaticEntriesTable

export async function insertEntries(tx: Tx, rows: RouterStaticEntryRow[]): Promise<void> {
  if (rows.length > 0) await tx.db.insertInto('router_static_entries').values(rows).execute()
}

export async function findEntries(q: Queryable, ids: readonly string[]): Promise<RouterStaticEntryRow[]> {
  return ofIds(ids, (list) => q.selectFrom('router_static_entries').selectAll().where('router_static_entry_id', 'in', list).execute())
}

export async function updateEntry(tx: Tx, id: string, changes: Partial<RouterStaticEntryRow>): Promise<void> {
  await tx.db.updateTable('router_static_entries').set(changes).where('router_static_entry_id', '=', id).execute()
}

export async function deleteEntries(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0)
    await tx.db
      .deleteFrom('router_static_entries')
      .where('router_static_entry_id', 'in', [...ids])
      .execute()
}

/** The entries of these statics (they go with their static). */
export async function entryIdsOfStatics(q: Queryable, staticIds: readonly string[]): Promise<string[]> {
  return ofIds(staticIds, async (list) => {
    const rows = await q
      .selectFrom('router_static_entries')
      .select('router_static_entry_id')
      .where('router_static_id', 'in', list)
      .execute()
    return rows.map((r) => r.router_static_entry_id)
  })
}

export async function describeEntries(
  q: Queryable,
  f: { scope: Scope; zone_id: string; entry_ids?: string[] | undefined; entry_id?: string | undefined; static_id?: string | undefined },
  page: { offset: number; limit: number },
): Promise<{ rows: RouterStaticEntryRow[]; total: number }> {
  let query = q
    .selectFrom('router_static_entries')
    .where(inScope(f.scope, { id: 'router_static_entries.router_id', owner: 'router_static_entries.owner' }))
    .where('zone_id', '=', f.zone_id)
  if (f.entry_ids) query = query.where('router_static_entry_id', 'in', f.entry_ids.length ? f.entry_ids : [''])
  if (f.entry_id) query = query.where('router_static_entry_id', '=', f.entry_id)
  if (f.static_id) query = query.where('router_static_id', '=', f.static_id)
  return pageOf(query, (s) => s.selectAll('router_static_entries'), {
    ...page,
    orderBy: [['router_static_entries.create_time', 'asc']],
    id: 'router_static_entries.router_static_entry_id',
  })
}
