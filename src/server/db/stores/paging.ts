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
  /** Columns to sort by, most significant first; end with the id so pages never overlap. */
  orderBy: ReadonlyArray<readonly [column: string, direction: 'asc' | 'desc']>
}

/**
 * One page of a Describe* and the number of all matches (spec README §9): the filtered query is
 * run twice, once ordered and paged, once counted.
 */
export async function pageOf<DB, TB extends keyof DB, O>(
  filtered: SelectQueryBuilder<DB, TB, object>,
  columns: (query: SelectQueryBuilder<DB, TB, object>) => SelectQueryBuilder<DB, TB, O>,
  page: PageRequest,
): Promise<{ rows: O[]; total: number }> {
  let listed = columns(filtered)
  for (const [column, direction] of page.orderBy) listed = listed.orderBy(sql.ref(column), direction)
  const rows = await listed.offset(page.offset).limit(page.limit).execute()
  const count = await filtered.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()
  return { rows, total: Number((count as { n: number }).n) }
}
