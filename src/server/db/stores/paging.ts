import { sql, type Expression, type SelectQueryBuilder } from 'kysely'
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
  /**
   * The total, selected by the page's own query rather than by a second one (a round trip on
   * PostgreSQL): 'window' counts the matches, for filters whose every match is read anyway to be
   * sorted (a trigram search); an expression gives it from somewhere cheaper than counting (kept
   * counters). A page past the last match carries no row, and is counted apart.
   */
  totalInPage?: 'window' | Expression<unknown> | undefined
}

/**
 * A LIMIT or OFFSET as an expression of its parameter rather than the bare parameter (every query
 * of a store that pages or claims with a LIMIT uses it): SQLite's
 * planner reads a bare LIMIT's value (a lookup by `in (…)` then depends on it), so that every new
 * binding expires the statement and each run prepares it again. Measured on a lookup of one
 * instance by id: 20 µs with `limit ? offset ?`, 6.5 µs with `limit ? + 0 offset ? + 0`.
 * PostgreSQL folds either to the same plan.
 */
export const notPlanned = (n: number) => sql<number>`${n} + 0`

/** The column of `totalInPage`; no table has a column of that name. */
const TOTAL = 'total_matches__'
type Counted = Record<typeof TOTAL, number>

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
  const queries = pageQueries(filtered, columns, page)
  return pageFromRows(page, await queries.rows.execute(), async () => (await queries.count().execute())[0])
}

/**
 * The queries of `pageOf`: the page's rows (with the total when `totalInPage` is set) and the
 * query that gives the total when the page does not, as a row of one column named TOTAL.
 */
export function pageQueries<DB, TB extends keyof DB, O>(
  filtered: SelectQueryBuilder<DB, TB, object>,
  columns: (query: SelectQueryBuilder<DB, TB, object>) => SelectQueryBuilder<DB, TB, O>,
  page: PageRequest,
): { rows: SelectQueryBuilder<DB, TB, O>; count: () => SelectQueryBuilder<DB, TB, object> } {
  const ordered = <R>(listed: SelectQueryBuilder<DB, TB, R>): SelectQueryBuilder<DB, TB, R> => {
    for (const [column, direction] of page.orderBy) listed = listed.orderBy(sql.ref(column), direction)
    return listed
      .orderBy(sql.ref(page.id), page.orderBy.at(-1)?.[1] ?? 'asc')
      .offset(notPlanned(page.offset))
      .limit(notPlanned(page.limit))
  }
  const total = page.totalInPage
  if (total === undefined) return { rows: ordered(columns(filtered)), count: () => filtered.select(sql<number>`count(*)`.as(TOTAL)) }
  const expression = (total === 'window' ? sql<number>`count(*) over ()` : sql<number>`${total}`).as(TOTAL)
  return {
    rows: ordered(columns(filtered).select(expression)) as unknown as SelectQueryBuilder<DB, TB, O>,
    // A page past the last match has no row to carry the total: the first match does (none: no matches).
    count: () => filtered.select(expression).limit(1),
  }
}

/**
 * The answer of `pageQueries`, from the rows they read: the total is the page's own (`totalInPage`,
 * then taken off the rows), or `count`'s when the page does not tell it (`pageWithTotal`).
 */
export async function pageFromRows<O>(
  page: { offset: number; limit: number },
  rows: O[],
  count: () => Promise<unknown>,
): Promise<{ rows: O[]; total: number }> {
  const first = rows[0] as Partial<Counted> | undefined
  const inPage = first !== undefined && TOTAL in first ? Number(first[TOTAL]) : undefined
  if (inPage !== undefined) for (const row of rows) delete (row as Partial<Counted>)[TOTAL]
  return pageWithTotal(
    page,
    async () => rows,
    async () => inPage ?? Number(((await count()) as Counted | undefined)?.[TOTAL] ?? 0),
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
