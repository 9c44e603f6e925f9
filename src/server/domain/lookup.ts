import { ApiError } from '../../protocol/errors.js'

/**
 * The rows named by `ids`, in the order named and without repeats (docs/compat.md#batch-all-or-nothing, docs/compat.md#zone-parameter); the first id with
 * no row in `zone` answers 2100 (docs/compat.md#zone-parameter). Handlers look resources up by id and zone only:
 * whether the caller may touch them was decided before (authorize stage).
 */
export function requireAll<R extends { zone_id: string }>(
  ids: readonly string[],
  rows: readonly R[],
  options: { id: (row: R) => string; label: string; zone: string },
): R[] {
  return requireNamed(
    ids,
    rows.filter((row) => row.zone_id === options.zone),
    options,
  )
}

/** `requireAll` for what has no zone (the Project service's entities): any row counts. */
export function requireNamed<R>(ids: readonly string[], rows: readonly R[], options: { id: (row: R) => string; label: string }): R[] {
  const byId = new Map(rows.map((row) => [options.id(row), row]))
  const out: R[] = []
  for (const id of new Set(ids)) {
    const row = byId.get(id)
    if (!row) throw new ApiError('ResourceNotFound', { resource: options.label, id })
    out.push(row)
  }
  return out
}

/**
 * A Describe* `owner` filter names the caller, or, in a project (`project_id`), any owner of its
 * items: the authorize stage folds it into the project scope (`Scope.ownerFilter`).
 */
export function checkOwnerFilter(owner: string | undefined, scope: { kind: 'owner' | 'project'; owner: string }, what: string): void {
  if (owner !== undefined && scope.kind === 'owner' && owner !== scope.owner) {
    throw new ApiError('PermissionDenied', { reason: `user [${scope.owner}] may not list the ${what} of [${owner}]` })
  }
}

/**
 * A row a Describe* names by id: outside a project scope someone else's reads as unknown (2100,
 * docs/compat.md#foreign-ids-read-as-unknown); in a project the query's scope decides what shows.
 */
export function requireVisible(
  row: { owner: string },
  scope: { kind: 'owner' | 'project'; owner: string },
  label: string,
  id: string,
): void {
  if (scope.kind === 'owner' && row.owner !== scope.owner) throw new ApiError('ResourceNotFound', { resource: label, id })
}

/** A resource in a `transition_status` refuses further changes (docs/compat.md#batch-all-or-nothing). */
export function checkSettled(row: { transition_status: string }, label: string, id: string): void {
  if (row.transition_status !== '') {
    throw new ApiError('PermissionDenied', { reason: `${label} [${id}] is ${row.transition_status}, please try again later` })
  }
}

/** `all(q, ids, zone)` and `one(q, id, zone)` for a resource type: its rows, or 2100 for the first unknown id. */
export function lookupOf<Q, R extends { zone_id: string }>(
  find: (q: Q, ids: readonly string[]) => Promise<R[]>,
  id: (row: R) => string,
  label: string,
) {
  const all = async (q: Q, ids: readonly string[], zone: string): Promise<R[]> => requireAll(ids, await find(q, ids), { id, label, zone })
  const one = async (q: Q, wanted: string, zone: string): Promise<R> => (await all(q, [wanted], zone))[0]!
  return { all, one }
}

/** `lookupOf` for what has no zone: `all(q, ids)` and `one(q, id)`. */
export function unzonedLookupOf<Q, R>(find: (q: Q, ids: readonly string[]) => Promise<R[]>, id: (row: R) => string, label: string) {
  const all = async (q: Q, ids: readonly string[]): Promise<R[]> => requireNamed(ids, await find(q, ids), { id, label })
  const one = async (q: Q, wanted: string): Promise<R> => (await all(q, [wanted]))[0]!
  return { all, one }
}
