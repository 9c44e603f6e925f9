import { sql, type Expression, type SqlBool } from 'kysely'
import { dialectOf, type Queryable } from '../database.js'

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

/** Whether a `search_word` has a trigram, so that the indexes of migration 060 find its matches. */
export function searchesByTrigram(word: string | undefined): word is string {
  return word !== undefined && [...word].length >= 3
}

/**
 * The `from` of DescribeInstances. With a `search_word` of 3 characters or more on SQLite, the
 * trigram table of migration 060 names the candidates first (a cross join keeps SQLite from walking
 * every instance of the zone in page order instead); the query's own `matchesWord` still decides,
 * since FTS5 folds the case of more letters than `lower()` does: it may offer more, never fewer.
 * On PostgreSQL the trigram indexes serve that LIKE itself. Shorter words have no trigram: a scan.
 */
export function instancesMatching(q: Queryable, word: string | undefined) {
  const plain = q.selectFrom('instances')
  if (!searchesByTrigram(word) || dialectOf(q) !== 'sqlite') return plain
  const phrase = `"${word.replaceAll('"', '""')}"`
  return q
    .selectFrom(sql`instances_search`.as('instances_search'))
    .crossJoin('instances')
    .where(sql<SqlBool>`instances.rowid = instances_search.rowid and instances_search match ${phrase}`) as unknown as typeof plain
}
