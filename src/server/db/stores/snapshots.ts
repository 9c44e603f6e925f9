import type { SnapshotStatus } from '../../../protocol/records/snapshot.js'
import type { Queryable, Tx } from '../database.js'
import type { SnapshotsTable } from '../schema/snapshots.js'
import { pageOf, type SortedPage } from './paging.js'
import { inScope, type Scope } from './scope.js'
import { matchesWord } from './search.js'
import { taggedWith } from './tags.js'
import { ofIds } from './ids.js'

export type SnapshotRow = SnapshotsTable

/** Points that still hold data: deleted and ceased ones are gone from their chains. */
const gone: SnapshotStatus[] = ['deleted', 'ceased']

export async function insertSnapshots(tx: Tx, rows: SnapshotRow[]): Promise<void> {
  if (rows.length > 0) await tx.db.insertInto('snapshots').values(rows).execute()
}

export async function findSnapshots(q: Queryable, ids: readonly string[]): Promise<SnapshotRow[]> {
  return ofIds(ids, (list) => q.selectFrom('snapshots').selectAll().where('snapshot_id', 'in', list).execute())
}

export async function updateSnapshots(tx: Tx, ids: readonly string[], changes: Partial<SnapshotRow>): Promise<void> {
  if (ids.length > 0)
    await tx.db
      .updateTable('snapshots')
      .set(changes)
      .where('snapshot_id', 'in', [...ids])
      .execute()
}

/** The live head point of each resource, by resource id. */
export async function headsOf(q: Queryable, resourceIds: readonly string[]): Promise<Map<string, SnapshotRow>> {
  if (resourceIds.length === 0) return new Map()
  const rows = await q
    .selectFrom('snapshots')
    .selectAll()
    .where('resource_id', 'in', [...resourceIds])
    .where('is_head', '=', 1)
    .where('status', 'not in', gone)
    .execute()
  return new Map(rows.map((row) => [row.resource_id, row]))
}

/** The resources' points stop being current (a new point or an applied one takes over). */
export async function clearHeads(tx: Tx, resourceIds: readonly string[]): Promise<void> {
  if (resourceIds.length > 0)
    await tx.db
      .updateTable('snapshots')
      .set({ is_head: 0 })
      .where('resource_id', 'in', [...resourceIds])
      .where('is_head', '=', 1)
      .execute()
}

/** Every point of these chains, live or not. */
export async function chainPoints(q: Queryable, rootIds: readonly string[]): Promise<SnapshotRow[]> {
  return ofIds(rootIds, (list) =>
    q
      .selectFrom('snapshots')
      .selectAll()
      .where('root_id', 'in', [...new Set(list)])
      .execute(),
  )
}

/** Ends a snapshot move: points still in `transition` settle (a replayed step is harmless). */
export async function settleSnapshots(
  tx: Tx,
  ids: readonly string[],
  input: { transition: SnapshotRow['transition_status']; status?: SnapshotStatus; at: string; changes?: Partial<SnapshotRow> },
): Promise<void> {
  if (ids.length === 0) return
  await tx.db
    .updateTable('snapshots')
    .set({ ...input.changes, transition_status: '', status_time: input.at, ...(input.status ? { status: input.status } : {}) })
    .where('snapshot_id', 'in', [...ids])
    .where('transition_status', '=', input.transition)
    .execute()
}

export interface SnapshotFilter {
  scope: Scope
  zone_id: string
  snapshot_ids?: string[] | undefined
  resource_id?: string | undefined
  root_id?: string | undefined
  snapshot_type?: number | undefined
  statuses?: SnapshotStatus[] | undefined
  search_word?: string | undefined
  tag_ids?: string[] | undefined
}

export const snapshotSortKeys = ['create_time', 'status_time', 'snapshot_time', 'snapshot_id', 'snapshot_name', 'size'] as const

function filtered(q: Queryable, f: SnapshotFilter) {
  let query = q
    .selectFrom('snapshots')
    .where(inScope(f.scope, { id: 'snapshots.snapshot_id', owner: 'snapshots.owner' }))
    .where('snapshots.zone_id', '=', f.zone_id)
  if (f.snapshot_ids) query = query.where('snapshots.snapshot_id', 'in', f.snapshot_ids.length ? f.snapshot_ids : [''])
  // Ceased points are gone unless asked for by id or status (docs/compat.md#ended-resources).
  if (f.statuses?.length) query = query.where('snapshots.status', 'in', f.statuses)
  else if (!f.snapshot_ids) query = query.where('snapshots.status', '!=', 'ceased')
  if (f.resource_id !== undefined) query = query.where('snapshots.resource_id', '=', f.resource_id)
  if (f.root_id !== undefined) query = query.where('snapshots.root_id', '=', f.root_id)
  if (f.snapshot_type !== undefined) query = query.where('snapshots.snapshot_type', '=', f.snapshot_type)
  if (f.search_word) query = query.where(matchesWord('snapshots.snapshot_id', 'snapshots.snapshot_name', f.search_word))
  if (f.tag_ids?.length) query = query.where(taggedWith('snapshots.snapshot_id', f.tag_ids))
  return query
}

export async function describeSnapshots(
  q: Queryable,
  f: SnapshotFilter,
  page: SortedPage<(typeof snapshotSortKeys)[number]>,
): Promise<{ rows: SnapshotRow[]; total: number }> {
  return pageOf(filtered(q, f), (query) => query.selectAll('snapshots'), {
    ...page,
    orderBy: [[`snapshots.${page.key}`, page.direction]],
    id: 'snapshots.snapshot_id',
  })
}

/**
 * Each resource without a live head gets its newest live point as head again (after deletions),
 * so the next incremental point follows what is left of its chains.
 */
export async function restoreHeads(tx: Tx, resourceIds: readonly string[]): Promise<void> {
  for (const resource_id of new Set(resourceIds)) {
    const live = await tx.db
      .selectFrom('snapshots')
      .select(['snapshot_id', 'is_head'])
      .where('resource_id', '=', resource_id)
      .where('status', 'not in', gone)
      .orderBy('create_time', 'desc')
      .orderBy('snapshot_id', 'desc')
      .execute()
    if (live.length > 0 && !live.some((point) => point.is_head === 1)) await updateSnapshots(tx, [live[0]!.snapshot_id], { is_head: 1 })
  }
}

/** Whether a point still holds data (neither deleted nor ceased). */
export function isLive(point: { status: SnapshotStatus }): boolean {
  return !gone.includes(point.status)
}
