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
