import { sql, type Expression, type SqlBool } from 'kysely'

/**
 * Which records a Describe* may show, decided by the authorize stage: the caller's own. (The
 * Project service adds a project's items as a second kind.)
 */
export type Scope = { kind: 'owner'; owner: string }

/** The WHERE condition that keeps a query inside `scope`; `columns` name the table's id and owner. */
export function inScope(scope: Scope, columns: { id: string; owner: string }): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(columns.owner)} = ${scope.owner}`
}
