import { sql, type Expression, type SqlBool } from 'kysely'
import type { Marker } from './shapes.js'

/**
 * Which records a Describe* may show, decided by the authorize stage: the caller's own, or, when
 * the request names a project (`project_id`) the caller may list in, that project's items, whoever
 * owns them. `owner` is always the caller.
 */
export type Scope =
  | { kind: 'owner'; owner: string }
  /** `ownerFilter`: the Describe*'s `owner` parameter, which in a project may name any owner of its items. */
  | {
      kind: 'project'
      owner: string
      project_id: string
      ownerFilter?: string
      /** DescribeJobs: the item types whose jobs the caller may see; undefined: every type. */
      itemTypes?: readonly string[]
    }

/** The WHERE condition that keeps a query inside `scope`; `columns` name the table's id and owner. */
export function inScope(scope: Scope, columns: { id: string; owner: string }): Expression<SqlBool> {
  if (scope.kind === 'project') {
    const items = sql<SqlBool>`${sql.ref(columns.id)} in (select resource_id from project_resource_items where project_id = ${scope.project_id})`
    return scope.ownerFilter === undefined ? items : sql<SqlBool>`${items} and ${sql.ref(columns.owner)} = ${scope.ownerFilter}`
  }
  return sql<SqlBool>`${sql.ref(columns.owner)} = ${scope.owner}`
}

/** `scope` through a `Marker` (shapes.ts): its kind and item types are shape, its ids values. */
export function markScope(m: Marker, scope: Scope): Scope {
  m.shape(scope.kind)
  if (scope.kind === 'owner') return { kind: 'owner', owner: m.value(scope.owner) }
  const owner = m.value(scope.owner)
  const project_id = m.value(scope.project_id)
  const ownerFilter = m.value(scope.ownerFilter)
  const itemTypes = m.shape(scope.itemTypes)
  return {
    kind: 'project',
    owner,
    project_id,
    ...(ownerFilter === undefined ? {} : { ownerFilter }),
    ...(itemTypes === undefined ? {} : { itemTypes }),
  }
}
