import type { VolumeStatus } from '../../../protocol/records/volume.js'
import type { Queryable, Tx } from '../database.js'
import type { VolumesTable } from '../schema/volumes.js'
import { pageWithTotal } from './paging.js'
import { inScope, type Scope } from './scope.js'
import { matchesWord } from './search.js'

export type VolumeRow = VolumesTable

export async function insertVolumes(tx: Tx, rows: VolumeRow[]): Promise<void> {
  if (rows.length > 0) await tx.db.insertInto('volumes').values(rows).execute()
}

export async function findVolumes(q: Queryable, ids: readonly string[]): Promise<VolumeRow[]> {
  if (ids.length === 0) return []
  return q.selectFrom('volumes').selectAll().where('volume_id', 'in', [...ids]).execute()
}

export async function updateVolumes(tx: Tx, ids: readonly string[], changes: Partial<VolumeRow>): Promise<void> {
  if (ids.length > 0) await tx.db.updateTable('volumes').set(changes).where('volume_id', 'in', [...ids]).execute()
}

export interface VolumeFilter {
  scope: Scope
  zone_id: string
  volume_ids?: string[] | undefined
  statuses?: VolumeStatus[] | undefined
  volume_type?: number | undefined
  search_word?: string | undefined
}

export const volumeSortKeys = ['create_time', 'status_time', 'volume_id', 'volume_name', 'size', 'status'] as const

function filtered(q: Queryable, f: VolumeFilter) {
  let query = q
    .selectFrom('volumes')
    .where(inScope(f.scope, { id: 'volume_id', owner: 'owner' }))
    .where('zone_id', '=', f.zone_id)
  if (f.volume_ids) query = query.where('volume_id', 'in', f.volume_ids.length ? f.volume_ids : [''])
  // Ceased volumes are gone unless asked for by id or status (gaps G-C14).
  if (f.statuses?.length) query = query.where('status', 'in', f.statuses)
  else if (!f.volume_ids) query = query.where('status', '!=', 'ceased')
  if (f.volume_type !== undefined) query = query.where('volume_type', '=', f.volume_type)
  if (f.search_word) query = query.where(matchesWord('volume_id', 'volume_name', f.search_word))
  return query
}

export async function describeVolumes(
  q: Queryable,
  f: VolumeFilter,
  page: { offset: number; limit: number; key: (typeof volumeSortKeys)[number]; direction: 'asc' | 'desc' },
): Promise<{ rows: VolumeRow[]; total: number }> {
  return pageWithTotal(
    page,
    () =>
      filtered(q, f)
        .selectAll()
        .orderBy(page.key, page.direction)
        .orderBy('volume_id')
        .offset(page.offset)
        .limit(page.limit)
        .execute(),
    async () => Number((await filtered(q, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
  )
}
