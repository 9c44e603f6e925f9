import { sql, type Expression, type SqlBool } from 'kysely'
import type { ImageStatus } from '../../../protocol/records/image.js'
import type { Queryable, Tx } from '../database.js'
import type { ImagesTable } from '../schema/images.js'
import { pageOf, type SortedPage } from './paging.js'
import { inScope, type Scope } from './scope.js'
import { matchesWord } from './search.js'
import { taggedWith } from './tags.js'
import { ofIds } from './ids.js'

export type ImageRow = ImagesTable

export async function insertImages(tx: Tx, rows: ImageRow[]): Promise<void> {
  if (rows.length > 0) await tx.db.insertInto('images').values(rows).execute()
}

export async function findImages(q: Queryable, ids: readonly string[]): Promise<ImageRow[]> {
  return ofIds(ids, (list) => q.selectFrom('images').selectAll().where('image_id', 'in', list).execute())
}

export async function updateImages(tx: Tx, ids: readonly string[], changes: Partial<ImageRow>): Promise<void> {
  if (ids.length > 0)
    await tx.db
      .updateTable('images')
      .set(changes)
      .where('image_id', 'in', [...ids])
      .execute()
}

export interface ImageVisibility {
  scope: Scope
  /** Images granted to this user are visible to it (GrantImageToUsers). */
  user_id: string
  zone_id: string
}

/**
 * Which images a caller sees in a zone (docs/compat.md#describe-images-default): the system images every zone serves, its
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
  processor_types?: string[] | undefined
  os_families?: string[] | undefined
  visibilities?: string[] | undefined
  provider?: string | undefined
  search_word?: string | undefined
  tag_ids?: string[] | undefined
  /** Only images of this owner (system images belong to none). */
  owner?: string | undefined
}

export const imageSortKeys = ['create_time', 'status_time', 'image_id', 'image_name', 'size', 'os_family'] as const

function filtered(q: Queryable, f: ImageFilter) {
  let query = q.selectFrom('images').where(visibleTo(f))
  if (f.image_ids) query = query.where('image_id', 'in', f.image_ids.length ? f.image_ids : [''])
  if (f.statuses?.length) query = query.where('status', 'in', f.statuses)
  else if (!f.image_ids) query = query.where('status', '!=', 'ceased')
  if (f.processor_types?.length) query = query.where('processor_type', 'in', f.processor_types as Array<ImageRow['processor_type']>)
  if (f.os_families?.length) query = query.where('os_family', 'in', f.os_families)
  if (f.visibilities?.length) query = query.where('visibility', 'in', f.visibilities as Array<ImageRow['visibility']>)
  if (f.provider !== undefined) query = query.where('provider', '=', f.provider as ImageRow['provider'])
  if (f.search_word) query = query.where(matchesWord('image_id', 'image_name', f.search_word))
  if (f.owner !== undefined) query = query.where('images.owner', '=', f.owner)
  if (f.tag_ids?.length) query = query.where(taggedWith('images.image_id', f.tag_ids))
  return query
}

export async function describeImages(
  q: Queryable,
  f: ImageFilter,
  page: SortedPage<(typeof imageSortKeys)[number]>,
): Promise<{ rows: ImageRow[]; total: number }> {
  return pageOf(filtered(q, f), (query) => query.selectAll('images'), {
    ...page,
    orderBy: [[`images.${page.key}`, page.direction]],
    id: 'images.image_id',
  })
}

/** The images of `ids` the caller may use in the zone (ceased ones included: callers decide). */
export async function findVisibleImages(q: Queryable, v: ImageVisibility, ids: readonly string[]): Promise<ImageRow[]> {
  return ofIds(ids, (list) => q.selectFrom('images').selectAll().where(visibleTo(v)).where('image_id', 'in', list).execute())
}

// ---------------------------------------------------------------------------------------------
// Shares (GrantImageToUsers)

/** Shares `image_id` with `users`; a share that exists already keeps its first time. */
export async function grantImage(tx: Tx, image_id: string, users: readonly string[], create_time: string): Promise<void> {
  if (users.length === 0) return
  const existing = new Set(
    (
      await tx.db
        .selectFrom('image_users')
        .select('user_id')
        .where('image_id', '=', image_id)
        .where('user_id', 'in', [...users])
        .execute()
    ).map((row) => row.user_id),
  )
  const fresh = [...new Set(users)].filter((user_id) => !existing.has(user_id))
  if (fresh.length > 0)
    await tx.db
      .insertInto('image_users')
      .values(fresh.map((user_id) => ({ image_id, user_id, create_time })))
      .execute()
}

export async function revokeImage(tx: Tx, image_id: string, users: readonly string[]): Promise<void> {
  if (users.length > 0)
    await tx.db
      .deleteFrom('image_users')
      .where('image_id', '=', image_id)
      .where('user_id', 'in', [...users])
      .execute()
}

/** Every share of these images goes (a deleted image is no longer shared). */
export async function revokeAllShares(tx: Tx, image_ids: readonly string[]): Promise<void> {
  if (image_ids.length > 0)
    await tx.db
      .deleteFrom('image_users')
      .where('image_id', 'in', [...image_ids])
      .execute()
}

/** The users an image is shared with, earliest grant first, with their e-mail. */
export async function imageShares(
  q: Queryable,
  image_id: string,
  page: { offset: number; limit: number },
): Promise<{ rows: Array<{ image_id: string; user_id: string; create_time: string; email: string }>; total: number }> {
  const filtered = q
    .selectFrom('image_users')
    .innerJoin('users', 'users.user_id', 'image_users.user_id')
    .where('image_users.image_id', '=', image_id)
  return pageOf(
    filtered,
    (query) => query.select(['image_users.image_id', 'image_users.user_id', 'image_users.create_time', 'users.email']),
    {
      ...page,
      orderBy: [['image_users.create_time', 'asc']],
      id: 'image_users.user_id',
    },
  )
}

/** Ends an image move: images still in `transition` settle in `status` (a replayed step is harmless). */
export async function settleImages(
  tx: Tx,
  ids: readonly string[],
  input: { transition: ImageRow['transition_status']; status?: ImageStatus; at: string },
): Promise<void> {
  if (ids.length === 0) return
  await tx.db
    .updateTable('images')
    .set({ transition_status: '', status_time: input.at, ...(input.status ? { status: input.status } : {}) })
    .where('image_id', 'in', [...ids])
    .where('transition_status', '=', input.transition)
    .execute()
}
