import { sql, type Expression, type SqlBool } from 'kysely'
import type { ImageStatus } from '../../../protocol/records/image.js'
import type { Queryable, Tx } from '../database.js'
import type { ImagesTable } from '../schema/images.js'
import { pageOf, type SortedPage } from './paging.js'
import { inScope, type Scope } from './scope.js'
import { matchesWord } from './search.js'

export type ImageRow = ImagesTable

export async function insertImages(tx: Tx, rows: ImageRow[]): Promise<void> {
  if (rows.length > 0) await tx.db.insertInto('images').values(rows).execute()
}

export async function findImages(q: Queryable, ids: readonly string[]): Promise<ImageRow[]> {
  if (ids.length === 0) return []
  return q.selectFrom('images').selectAll().where('image_id', 'in', [...ids]).execute()
}

export async function updateImages(tx: Tx, ids: readonly string[], changes: Partial<ImageRow>): Promise<void> {
  if (ids.length > 0) await tx.db.updateTable('images').set(changes).where('image_id', 'in', [...ids]).execute()
}

export interface ImageVisibility {
  scope: Scope
  /** Images granted to this user are visible to it (GrantImageToUsers). */
  user_id: string
  zone_id: string
}

/**
 * Which images a caller sees in a zone (gaps G-C21): the system images every zone serves, its
 * own (the scope), and those granted to it.
 */
function visibleTo(v: ImageVisibility): Expression<SqlBool> {
  return sql<SqlBool>`(images.zone_id = '' or (images.zone_id = ${v.zone_id} and (${inScope(v.scope, {
    id: 'images.image_id',
    owner: 'images.owner',
  })} or images.image_id in (select image_id from image_users where user_id = ${v.user_id}))))`
}

export interface ImageFilter extends ImageVisibility {
  image_ids?: string[] | undefined
  statuses?: ImageStatus[] | undefined
  processor_type?: string | undefined
  os_family?: string | undefined
  visibility?: string | undefined
  provider?: string | undefined
  search_word?: string | undefined
}

export const imageSortKeys = ['create_time', 'status_time', 'image_id', 'image_name', 'size', 'os_family'] as const

function filtered(q: Queryable, f: ImageFilter) {
  let query = q.selectFrom('images').where(visibleTo(f))
  if (f.image_ids) query = query.where('image_id', 'in', f.image_ids.length ? f.image_ids : [''])
  if (f.statuses?.length) query = query.where('status', 'in', f.statuses)
  else if (!f.image_ids) query = query.where('status', '!=', 'ceased')
  if (f.processor_type !== undefined) query = query.where('processor_type', '=', f.processor_type as ImageRow['processor_type'])
  if (f.os_family !== undefined) query = query.where('os_family', '=', f.os_family)
  if (f.visibility !== undefined) query = query.where('visibility', '=', f.visibility as ImageRow['visibility'])
  if (f.provider !== undefined) query = query.where('provider', '=', f.provider as ImageRow['provider'])
  if (f.search_word) query = query.where(matchesWord('image_id', 'image_name', f.search_word))
  return query
}

export async function describeImages(
  q: Queryable,
  f: ImageFilter,
  page: SortedPage<(typeof imageSortKeys)[number]>,
): Promise<{ rows: ImageRow[]; total: number }> {
  return pageOf(filtered(q, f), (query) => query.selectAll('images'), {
    ...page,
    orderBy: [
      [`images.${page.key}`, page.direction],
      ['images.image_id', 'asc'],
    ],
  })
}

/** The images of `ids` the caller may use in the zone (ceased ones included: callers decide). */
export async function findVisibleImages(q: Queryable, v: ImageVisibility, ids: readonly string[]): Promise<ImageRow[]> {
  if (ids.length === 0) return []
  return q.selectFrom('images').selectAll().where(visibleTo(v)).where('image_id', 'in', [...ids]).execute()
}

/** An owner's own images in a zone that count against the `image` quota. */
export async function imageUsage(q: Queryable, owner: string, zone_id: string): Promise<number> {
  const row = await q
    .selectFrom('images')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('owner', '=', owner)
    .where('zone_id', '=', zone_id)
    .where('status', '!=', 'ceased')
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
