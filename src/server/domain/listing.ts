/**
 * Ordering and paging of Describe* results (docs/compat.md#describe-order): newest first by default, ties by id;
 * `sort_key` sorts ascending on a known field and `reverse=1` flips it; an unknown key is ignored;
 * `reverse=0` without `sort_key` lists oldest first.
 */
export interface ListOrder<K extends string> {
  key: K | 'create_time'
  direction: 'asc' | 'desc'
}

export function listOrder<K extends string>(
  input: { sort_key?: string | undefined; reverse?: boolean | undefined },
  sortable: readonly K[],
): ListOrder<K> {
  const key = sortable.find((k) => k === input.sort_key)
  if (key === undefined) return { key: 'create_time', direction: input.reverse === false ? 'asc' : 'desc' }
  return { key, direction: input.reverse === true ? 'desc' : 'asc' }
}
