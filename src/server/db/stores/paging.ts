import { sql, type SelectQueryBuilder } from 'kysely'

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
  /**
   * Count the matches in the page's own query (a window count): for filters whose every match is
   * read anyway to be sorted (a trigram search), where a second query would find them all again.
   */
  countInPage?: boolean | undefined
}

/** The window count's column; no table has a column of that name. */
const TOTAL = 'total_matches__'

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
  const ordered = <R>(listed: SelectQueryBuilder<DB, TB, R>): SelectQueryBuilder<DB, TB, R> => {
    for (const [column, direction] of page.orderBy) listed = listed.orderBy(sql.ref(column), direction)
    return listed
      .orderBy(sql.ref(page.id), page.orderBy.at(-1)?.[1] ?? 'asc')
      .offset(page.offset)
      .limit(page.limit)
  }
  const count =
    page.count ??
    (async () => {
      const count = await filtered.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()
      return Number((count as { n: number }).n)
    })
  if (page.countInPage) {
    const counted = (await ordered(columns(filtered).select(sql<number>`count(*) over ()`.as(TOTAL))).execute()) as Array<
      O & Record<typeof TOTAL, number>
    >
    // Past the last match no row carries the count: count apart (nothing to count from offset 0).
    if (counted.length === 0) return { rows: counted, total: page.offset === 0 ? 0 : await count() }
    const total = Number(counted[0]![TOTAL])
    for (const row of counted) delete (row as Partial<typeof row>)[TOTAL]
    return { rows: counted, total }
  }
  return pageWithTotal(page, () => ordered(columns(filtered)).execute(), count)
}
