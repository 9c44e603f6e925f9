import { sql, type Expression, type SqlBool } from 'kysely'
import type { Queryable, Tx } from '../database.js'
import type { TagBindingsTable, TagsTable } from '../schema/tags.js'
import { pageOf, type SortedPage } from './paging.js'
import { inScope, type Scope } from './scope.js'
import { likePattern } from './search.js'
import { idListQuery, ofIds } from './ids.js'

export type TagRow = TagsTable
export type TagBindingRow = TagBindingsTable

// ---------------------------------------------------------------------------------------------
// For every Describe* of a taggable resource (docs/compat.md#tag-filters)

/**
 * The `tags.n` filter: the record's id is bound to any of `tagIds` (docs/compat.md#tag-filters). One indexed
 * lookup per tag, whatever the size of the resource table.
 */
export function taggedWith(idColumn: string, tagIds: readonly string[]): Expression<SqlBool> {
  const ids = tagIds.length ? [...tagIds] : ['']
  return sql<SqlBool>`${sql.ref(idColumn)} in (select resource_id from tag_bindings where tag_id in (${sql.join(ids)}))`
}

/** The tags bound to each of these resources, one row per binding, in the order records show them. */
export const tagsOfResources = idListQuery((q, list) =>
  q
    .selectFrom('tag_bindings')
    .innerJoin('tags', 'tags.tag_id', 'tag_bindings.tag_id')
    .select([
      'tag_bindings.resource_id',
      'tags.tag_id',
      'tags.tag_name',
      'tags.description',
      'tags.color',
      'tags.owner',
      'tags.zone_id',
      'tags.create_time',
    ])
    .where('tag_bindings.resource_id', 'in', list)
    .orderBy('tag_bindings.create_time')
    .orderBy('tags.tag_name')
    .orderBy('tags.tag_id'),
)

/** The tags bound to each of `resourceIds`, oldest binding first (then by name), to show on their records. */
export async function tagsOf(q: Queryable, resourceIds: readonly string[]): Promise<Map<string, TagRow[]>> {
  return tagsByResource(await tagsOfResources(q, resourceIds))
}

/** The rows of `tagsOfResources` by resource. */
export function tagsByResource(rows: ReadonlyArray<TagRow & { resource_id: string }>): Map<string, TagRow[]> {
  const byResource = new Map<string, TagRow[]>()
  for (const { resource_id, ...tag } of rows) {
    const list = byResource.get(resource_id)
    if (list) list.push(tag)
    else byResource.set(resource_id, [tag])
  }
  return byResource
}

/** Resources that cease for good take their bindings with them. */
export async function unbindResources(tx: Tx, resourceIds: readonly string[]): Promise<void> {
  if (resourceIds.length > 0)
    await tx.db
      .deleteFrom('tag_bindings')
      .where('resource_id', 'in', [...resourceIds])
      .execute()
}

// ---------------------------------------------------------------------------------------------
// The tag service

export async function insertTag(tx: Tx, row: TagRow): Promise<void> {
  await tx.db.insertInto('tags').values(row).execute()
}

export async function findTags(q: Queryable, ids: readonly string[]): Promise<TagRow[]> {
  return ofIds(ids, (list) => q.selectFrom('tags').selectAll().where('tag_id', 'in', list).execute())
}

export async function findTagByName(q: Queryable, owner: string, zone_id: string, tag_name: string): Promise<TagRow | undefined> {
  return q
    .selectFrom('tags')
    .selectAll()
    .where('owner', '=', owner)
    .where('zone_id', '=', zone_id)
    .where('tag_name', '=', tag_name)
    .executeTakeFirst()
}

export async function updateTag(tx: Tx, tag_id: string, changes: Partial<TagRow>): Promise<void> {
  await tx.db.updateTable('tags').set(changes).where('tag_id', '=', tag_id).execute()
}

/** Deleting a tag unbinds it from everything (docs/compat.md#tagging-ceased). */
export async function deleteTags(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return
  await tx.db
    .deleteFrom('tag_bindings')
    .where('tag_id', 'in', [...ids])
    .execute()
  await tx.db
    .deleteFrom('tags')
    .where('tag_id', 'in', [...ids])
    .execute()
}

/** Binds pairs; a binding that exists already stays as it is. */
export async function bindTags(tx: Tx, rows: readonly TagBindingRow[]): Promise<void> {
  if (rows.length === 0) return
  await tx.db
    .insertInto('tag_bindings')
    .values([...rows])
    .onConflict((oc) => oc.columns(['tag_id', 'resource_id']).doNothing())
    .execute()
}

export async function unbindTags(tx: Tx, pairs: ReadonlyArray<{ tag_id: string; resource_id: string }>): Promise<void> {
  for (const { tag_id, resource_id } of pairs) {
    await tx.db.deleteFrom('tag_bindings').where('tag_id', '=', tag_id).where('resource_id', '=', resource_id).execute()
  }
}

/** Every binding of these tags, in binding order. */
export async function bindingsOf(q: Queryable, tagIds: readonly string[]): Promise<TagBindingRow[]> {
  return ofIds(tagIds, (list) =>
    q.selectFrom('tag_bindings').selectAll().where('tag_id', 'in', list).orderBy('create_time').orderBy('resource_id').execute(),
  )
}

export interface TagFilter {
  scope: Scope
  zone_id: string
  tag_ids?: string[] | undefined
  search_word?: string | undefined
  /** Only tags bound to at least one of these resources (docs/compat.md#describe-tags-filters). */
  resource_ids?: string[] | undefined
}

export const tagSortKeys = ['create_time', 'tag_id', 'tag_name'] as const

function filtered(q: Queryable, f: TagFilter) {
  let query = q
    .selectFrom('tags')
    .where(inScope(f.scope, { id: 'tags.tag_id', owner: 'tags.owner' }))
    .where('tags.zone_id', '=', f.zone_id)
  if (f.tag_ids) query = query.where('tags.tag_id', 'in', f.tag_ids.length ? f.tag_ids : [''])
  // search_word matches the tag name only (docs/compat.md#describe-paging).
  if (f.search_word) query = query.where(sql<SqlBool>`lower(tags.tag_name) like ${likePattern(f.search_word)} escape '\\'`)
  if (f.resource_ids) {
    const resources = f.resource_ids.length ? f.resource_ids : ['']
    query = query.where('tags.tag_id', 'in', (eb) =>
      eb.selectFrom('tag_bindings').select('tag_bindings.tag_id').where('tag_bindings.resource_id', 'in', resources),
    )
  }
  return query
}

export async function describeTags(
  q: Queryable,
  f: TagFilter,
  page: SortedPage<(typeof tagSortKeys)[number]>,
): Promise<{ rows: TagRow[]; total: number }> {
  return pageOf(filtered(q, f), (query) => query.selectAll('tags'), {
    ...page,
    orderBy: [[`tags.${page.key}`, page.direction]],
    id: 'tags.tag_id',
  })
}

/** How many resources of each type each tag is bound to. */
export async function bindingCounts(
  q: Queryable,
  tagIds: readonly string[],
): Promise<Array<{ tag_id: string; resource_type: string; count: number }>> {
  return ofIds(tagIds, async (list) => {
    const rows = await q
      .selectFrom('tag_bindings')
      .select(['tag_id', 'resource_type', (eb) => eb.fn.countAll<number>().as('count')])
      .where('tag_id', 'in', list)
      .groupBy(['tag_id', 'resource_type'])
      .orderBy('resource_type')
      .execute()
    return rows.map((row) => ({ ...row, count: Number(row.count) }))
  })
}
