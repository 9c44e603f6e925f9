import { sql, type Expression, type SqlBool } from 'kysely'

/** `%word%` for LIKE, with the word's own `%`, `_` and `\` taken literally. */
export function likePattern(word: string): string {
  return `%${word.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/**
 * search_word semantics of Describe* (docs/compat.md#describe-paging): a case-insensitive substring of the id or
 * the name, the same on SQLite and PostgreSQL.
 */
export function matchesWord(idColumn: string, nameColumn: string, word: string): Expression<SqlBool> {
  const pattern = likePattern(word)
  return sql<SqlBool>`(lower(${sql.ref(idColumn)}) like ${pattern} escape '\\' or lower(${sql.ref(nameColumn)}) like ${pattern} escape '\\')`
}
