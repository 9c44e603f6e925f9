import { sql, type SelectQueryBuilder } from 'kysely'
import type { Queryable } from '../database.js'
import type { DB } from '../schema/index.js'

/** What a Describe* handler asks for: a page in the order of one sortable field. */
export interface SortedPage<K extends string> {
  offset: number
  limit: number
  key: K
  direction: 'asc' | 'desc'
}

export interface PageRequest {
  offset: number
  limit: number
  /** Columns to sort by, most significant first. */
  orderBy: ReadonlyArray<readonly [column: string, direction: 'asc' | 'desc']>
  /**
   * The id column, sorted on last so that pages never overlap. It breaks ties in the direction of
   * the last sort column, so that an index ending in the id serves the page walked either way
   * (a fixed ascending tie-break forces a sort of every match).
   */
  id: string
  /** The total from somewhere cheaper than counting the matches (kept counters), when the filter allows. */
  count?: (() => Promise<number>) | undefined
}

/**
 * One page of a Describe* and the number of all matches. The count is a second query over every
 * match; when the page is not full it already tells the total, so the count is skipped (point
 * lookups and small result sets, the common case, then cost one query).
 */
export async function pageWithTotal<T>(
  page: { offset: number; limit: number },
  rows: () => Promise<T[]>,
  count: () => Promise<number>,
): Promise<{ rows: T[]; total: number }> {
  const found = await rows()
  if (found.length < page.limit && (found.length > 0 || page.offset === 0)) {
    return { rows: found, total: page.offset + found.length }
  }
  return { rows: found, total: await count() }
}

/** `pageWithTotal` over one filtered query: ordered and paged for the rows, counted for the total. */
export async function pageOf<DB, TB extends keyof DB, O>(
  filtered: SelectQueryBuilder<DB, TB, object>,
  columns: (query: SelectQueryBuilder<DB, TB, object>) => SelectQueryBuilder<DB, TB, O>,
  page: PageRequest,
): Promise<{ rows: O[]; total: number }> {
  return pageWithTotal(
    page,
    () => {
      let listed = columns(filtered)
      for (const [column, direction] of page.orderBy) listed = listed.orderBy(sql.ref(column), direction)
      listed = listed.orderBy(sql.ref(page.id), page.orderBy.at(-1)?.[1] ?? 'asc')
      return listed.offset(page.offset).limit(page.limit).execute()
    },
    page.count ??
      (async () => {
        const count = await filtered.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()
        return Number((count as { n: number }).n)
      }),
  )
}

/** Tables of zoned resources with an owner: those quotas count. */
type OwnedTable = { [T in keyof DB]: DB[T] extends { owner: unknown; zone_id: unknown } ? T : never }[keyof DB]

/**
 * How many rows of `table` one owner holds in one zone, for quotas: all of them, or those whose
 * `status` is not one of `gone` (deleted and ceased resources stay as rows but count no more).
 */
export async function liveCount(
  q: Queryable,
  table: OwnedTable,
  owner: string,
  zone_id: string,
  gone: readonly string[] = [],
): Promise<number> {
  const live = gone.length > 0 ? sql`and status not in (${sql.join([...gone])})` : sql``
  const { rows } = await sql<{ n: number | string }>`
    select count(*) as n from ${sql.table(table)} where owner = ${owner} and zone_id = ${zone_id} ${live}
  `.execute(q)
  return Number(rows[0]!.n)
}
