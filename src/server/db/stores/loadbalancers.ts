import type { LoadbalancerStatus } from '../../../protocol/records/loadbalancer.js'
import type { Queryable, Tx } from '../database.js'
import type { LoadbalancerBackendsTable, LoadbalancerListenersTable, LoadbalancersTable } from '../schema/loadbalancers.js'
import { ofIds } from './ids.js'
import { pageOf, type SortedPage } from './paging.js'
import { inScope, type Scope } from './scope.js'
import { matchesWord } from './search.js'
import { taggedWith } from './tags.js'

export type LoadbalancerRow = LoadbalancersTable
export type ListenerRow = LoadbalancerListenersTable
export type BackendRow = LoadbalancerBackendsTable

export async function insertLoadbalancers(tx: Tx, rows: LoadbalancerRow[]): Promise<void> {
  if (rows.length > 0) await tx.db.insertInto('loadbalancers').values(rows).execute()
}

export async function findLoadbalancers(q: Queryable, ids: readonly string[]): Promise<LoadbalancerRow[]> {
  return ofIds(ids, (list) => q.selectFrom('loadbalancers').selectAll().where('loadbalancer_id', 'in', list).execute())
}

export async function updateLoadbalancers(tx: Tx, ids: readonly string[], changes: Partial<LoadbalancerRow>): Promise<void> {
  if (ids.length > 0)
    await tx.db
      .updateTable('loadbalancers')
      .set(changes)
      .where('loadbalancer_id', 'in', [...ids])
      .execute()
}

/** Ends a transition: load balancers still in `transition` settle with `changes` (a replayed step is harmless). */
export async function settleLoadbalancers(
  tx: Tx,
  ids: readonly string[],
  input: { transition: LoadbalancerRow['transition_status']; at: string; changes?: Partial<LoadbalancerRow> },
): Promise<LoadbalancerRow[]> {
  return ofIds(ids, (list) =>
    tx.db
      .updateTable('loadbalancers')
      .set({ ...input.changes, transition_status: '', status_time: input.at })
      .where('loadbalancer_id', 'in', list)
      .where('transition_status', '=', input.transition)
      .returningAll()
      .execute(),
  )
}

export interface LoadbalancerFilter {
  scope: Scope
  zone_id: string
  loadbalancer_ids?: string[] | undefined
  statuses?: LoadbalancerStatus[] | undefined
  search_word?: string | undefined
  tag_ids?: string[] | undefined
}

export const loadbalancerSortKeys = ['create_time', 'status_time', 'loadbalancer_id', 'loadbalancer_name', 'status'] as const

export async function describeLoadbalancers(
  q: Queryable,
  f: LoadbalancerFilter,
  page: SortedPage<(typeof loadbalancerSortKeys)[number]>,
): Promise<{ rows: LoadbalancerRow[]; total: number }> {
  let query = q
    .selectFrom('loadbalancers')
    .where(inScope(f.scope, { id: 'loadbalancers.loadbalancer_id', owner: 'loadbalancers.owner' }))
    .where('zone_id', '=', f.zone_id)
  if (f.loadbalancer_ids) query = query.where('loadbalancer_id', 'in', f.loadbalancer_ids.length ? f.loadbalancer_ids : [''])
  // Ceased load balancers are gone unless asked for by id or status (docs/compat.md#ended-resources).
  if (f.statuses?.length) query = query.where('status', 'in', f.statuses)
  else if (!f.loadbalancer_ids) query = query.where('status', '!=', 'ceased')
  if (f.search_word) query = query.where(matchesWord('loadbalancer_id', 'loadbalancer_name', f.search_word))
  if (f.tag_ids?.length) query = query.where(taggedWith('loadbalancers.loadbalancer_id', f.tag_ids))
  return pageOf(query, (s) => s.selectAll('loadbalancers'), {
    ...page,
    orderBy: [[`loadbalancers.${page.key}`, page.direction]],
    id: 'loadbalancers.loadbalancer_id',
  })
}

// Listeners

export async function insertListeners(tx: Tx, rows: ListenerRow[]): Promise<void> {
  if (rows.length > 0) await tx.db.insertInto('loadbalancer_listeners').values(rows).execute()
}

export async function findListeners(q: Queryable, ids: readonly string[]): Promise<ListenerRow[]> {
  return ofIds(ids, (list) => q.selectFrom('loadbalancer_listeners').selectAll().where('loadbalancer_listener_id', 'in', list).execute())
}

/** The listeners of these load balancers, by port. */
export async function listenersOf(q: Queryable, loadbalancerIds: readonly string[]): Promise<ListenerRow[]> {
  return ofIds(loadbalancerIds, (list) =>
    q.selectFrom('loadbalancer_listeners').selectAll().where('loadbalancer_id', 'in', list).orderBy('listener_port').execute(),
  )
}

export async function updateListener(tx: Tx, id: string, changes: Partial<ListenerRow>): Promise<void> {
  await tx.db.updateTable('loadbalancer_listeners').set(changes).where('loadbalancer_listener_id', '=', id).execute()
}

export async function deleteListeners(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0)
    await tx.db
      .deleteFrom('loadbalancer_listeners')
      .where('loadbalancer_listener_id', 'in', [...ids])
      .execute()
}

export interface ListenerFilter {
  scope: Scope
  zone_id: string
  listener_ids?: string[] | undefined
  loadbalancer_id?: string | undefined
}

export async function describeListeners(
  q: Queryable,
  f: ListenerFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: ListenerRow[]; total: number }> {
  let query = q
    .selectFrom('loadbalancer_listeners')
    .where(inScope(f.scope, { id: 'loadbalancer_listeners.loadbalancer_id', owner: 'loadbalancer_listeners.owner' }))
    .where('zone_id', '=', f.zone_id)
  if (f.listener_ids) query = query.where('loadbalancer_listener_id', 'in', f.listener_ids.length ? f.listener_ids : [''])
  if (f.loadbalancer_id) query = query.where('loadbalancer_id', '=', f.loadbalancer_id)
  return pageOf(query, (s) => s.selectAll('loadbalancer_listeners'), {
    ...page,
    orderBy: [['loadbalancer_listeners.create_time', 'asc']],
    id: 'loadbalancer_listeners.loadbalancer_listener_id',
  })
}

// Backends

export async function insertBackends(tx: Tx, rows: BackendRow[]): Promise<void> {
  if (rows.length > 0) await tx.db.insertInto('loadbalancer_backends').values(rows).execute()
}

export async function findBackends(q: Queryable, ids: readonly string[]): Promise<BackendRow[]> {
  return ofIds(ids, (list) => q.selectFrom('loadbalancer_backends').selectAll().where('loadbalancer_backend_id', 'in', list).execute())
}

export async function backendsOfListeners(q: Queryable, listenerIds: readonly string[]): Promise<BackendRow[]> {
  return ofIds(listenerIds, (list) =>
    q
      .selectFrom('loadbalancer_backends')
      .selectAll()
      .where('loadbalancer_listener_id', 'in', list)
      .orderBy('create_time')
      .orderBy('loadbalancer_backend_id')
      .execute(),
  )
}

export async function updateBackend(tx: Tx, id: string, changes: Partial<BackendRow>): Promise<void> {
  await tx.db.updateTable('loadbalancer_backends').set(changes).where('loadbalancer_backend_id', '=', id).execute()
}

export async function deleteBackends(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0)
    await tx.db
      .deleteFrom('loadbalancer_backends')
      .where('loadbalancer_backend_id', 'in', [...ids])
      .execute()
}

export interface BackendFilter {
  scope: Scope
  zone_id: string
  backend_ids?: string[] | undefined
  listener_id?: string | undefined
  loadbalancer_id?: string | undefined
}

export async function describeBackends(
  q: Queryable,
  f: BackendFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: BackendRow[]; total: number }> {
  let query = q
    .selectFrom('loadbalancer_backends')
    .where(inScope(f.scope, { id: 'loadbalancer_backends.loadbalancer_id', owner: 'loadbalancer_backends.owner' }))
    .where('zone_id', '=', f.zone_id)
  if (f.backend_ids) query = query.where('loadbalancer_backend_id', 'in', f.backend_ids.length ? f.backend_ids : [''])
  if (f.listener_id) query = query.where('loadbalancer_listener_id', '=', f.listener_id)
  if (f.loadbalancer_id) query = query.where('loadbalancer_id', '=', f.loadbalancer_id)
  return pageOf(query, (s) => s.selectAll('loadbalancer_backends'), {
    ...page,
    orderBy: [['loadbalancer_backends.create_time', 'asc']],
    id: 'loadbalancer_backends.loadbalancer_backend_id',
  })
}
