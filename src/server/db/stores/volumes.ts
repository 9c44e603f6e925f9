import type { VolumeStatus } from '../../../protocol/records/volume.js'
import type { Queryable, Tx } from '../database.js'
import type { VolumesTable } from '../schema/volumes.js'
import { pageOf, type SortedPage } from './paging.js'
import { inScope, type Scope } from './scope.js'
import { matchesWord } from './search.js'
import { taggedWith } from './tags.js'
import { ofIds } from './ids.js'
import { syncLeases } from './leases.js'

export type VolumeRow = VolumesTable

export async function insertVolumes(tx: Tx, rows: VolumeRow[]): Promise<void> {
  if (rows.length > 0) await tx.db.insertInto('volumes').values(rows).execute()
  await syncLeases(
    tx,
    'volume',
    rows.map((r) => r.volume_id),
  )
}

export async function findVolumes(q: Queryable, ids: readonly string[]): Promise<VolumeRow[]> {
  return ofIds(ids, (list) => q.selectFrom('volumes').selectAll().where('volume_id', 'in', list).execute())
}

/** `at`: when a change of size takes effect, for the lease (default: `changes.status_time`, docs/compat.md#billing-charges). */
export async function updateVolumes(tx: Tx, ids: readonly string[], changes: Partial<VolumeRow>, at?: string): Promise<void> {
  if (ids.length > 0)
    await tx.db
      .updateTable('volumes')
      .set(changes)
      .where('volume_id', 'in', [...ids])
      .execute()
  if ('status' in changes || 'size' in changes || 'volume_type' in changes) await syncLeases(tx, 'volume', ids, at ?? changes.status_time)
}

export interface VolumeFilter {
  scope: Scope
  zone_id: string
  volume_ids?: string[] | undefined
  statuses?: VolumeStatus[] | undefined
  volume_type?: number | undefined
  /** Only volumes attached (or being attached) to this instance. */
  instance_id?: string | undefined
  volume_name?: string | undefined
  transition_status?: string | undefined
  search_word?: string | undefined
  tag_ids?: string[] | undefined
}

export const volumeSortKeys = ['create_time', 'status_time', 'volume_id', 'volume_name', 'size', 'status'] as const

function filtered(q: Queryable, f: VolumeFilter) {
  let query = q
    .selectFrom('volumes')
    .where(inScope(f.scope, { id: 'volume_id', owner: 'owner' }))
    .where('zone_id', '=', f.zone_id)
  if (f.volume_ids) query = query.where('volume_id', 'in', f.volume_ids.length ? f.volume_ids : [''])
  // Ceased volumes are gone unless asked for by id or status (docs/compat.md#ended-resources).
  if (f.statuses?.length) query = query.where('status', 'in', f.statuses)
  else if (!f.volume_ids) query = query.where('status', '!=', 'ceased')
  if (f.volume_type !== undefined) query = query.where('volume_type', '=', f.volume_type)
  if (f.instance_id !== undefined) query = query.where('instance_id', '=', f.instance_id)
  if (f.volume_name !== undefined) query = query.where('volume_name', '=', f.volume_name)
  if (f.transition_status !== undefined)
    query = query.where('transition_status', '=', f.transition_status as VolumeRow['transition_status'])
  if (f.search_word) query = query.where(matchesWord('volume_id', 'volume_name', f.search_word))
  if (f.tag_ids?.length) query = query.where(taggedWith('volumes.volume_id', f.tag_ids))
  return query
}

export async function describeVolumes(
  q: Queryable,
  f: VolumeFilter,
  page: SortedPage<(typeof volumeSortKeys)[number]>,
): Promise<{ rows: VolumeRow[]; total: number }> {
  return pageOf(filtered(q, f), (query) => query.selectAll('volumes'), {
    ...page,
    orderBy: [[`volumes.${page.key}`, page.direction]],
    id: 'volumes.volume_id',
  })
}

/** Volumes attached to (or being attached to) these instances, by device name. */
export async function volumesOf(q: Queryable, instanceIds: readonly string[]): Promise<VolumeRow[]> {
  return ofIds(instanceIds, (list) => q.selectFrom('volumes').selectAll().where('instance_id', 'in', list).orderBy('device').execute())
}

/** Every volume of these instances becomes available again, whatever it was doing. */
export async function detachAllVolumes(tx: Tx, instanceIds: readonly string[], at: string): Promise<void> {
  if (instanceIds.length === 0) return
  await tx.db
    .updateTable('volumes')
    .set({ status: 'available', transition_status: '', instance_id: null, device: null, status_time: at })
    .where('instance_id', 'in', [...instanceIds])
    .execute()
}

/** An owner's volumes in a zone for quotas: count and total size in GB; ceased ones do not count. */
export async function volumeUsage(q: Queryable, owner: string, zone_id: string): Promise<{ volume: number; volume_size: number }> {
  const row = await q
    .selectFrom('volumes')
    .select((eb) => [eb.fn.countAll<number>().as('volume'), eb.fn.coalesce(eb.fn.sum<number>('size'), eb.lit(0)).as('volume_size')])
    .where('owner', '=', owner)
    .where('zone_id', '=', zone_id)
    .where('status', '!=', 'ceased')
    .executeTakeFirstOrThrow()
  return { volume: Number(row.volume), volume_size: Number(row.volume_size) }
}

/** Ends a volume move: volumes still in `transition` settle in `status` (a replayed step is harmless). */
export async function settleVolumes(
  tx: Tx,
  ids: readonly string[],
  input: { transition: VolumeRow['transition_status']; status?: VolumeStatus; at: string; changes?: Partial<VolumeRow> },
): Promise<void> {
  if (ids.length === 0) return
  await tx.db
    .updateTable('volumes')
    .set({ ...input.changes, transition_status: '', status_time: input.at, ...(input.status ? { status: input.status } : {}) })
    .where('volume_id', 'in', [...ids])
    .where('transition_status', '=', input.transition)
    .execute()
  await syncLeases(tx, 'volume', ids, input.at)
}
