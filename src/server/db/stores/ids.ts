import type { CompiledQuery, Compilable } from 'kysely'
import { dialectOf, type Dialect, type Queryable } from '../database.js'

/**
 * Runs `query` on the ids named, unless there are none: `in ()` is not SQL, so an empty list
 * answers [] without a round trip. Every store lookup by a list of ids goes through here.
 */
export async function ofIds<T>(ids: readonly string[], query: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  return ids.length === 0 ? [] : query([...ids])
}

/** Lists longer than this are compiled per call: they are rare, and each length is a statement of its own. */
const MAX_COMPILED_LENGTH = 200

interface CompiledForLength<R> {
  compiled: CompiledQuery<R>
  /** For each parameter, the index of the id it takes, or -1 for a constant of the query. */
  slots: number[]
}

/**
 * A lookup by a list of ids (as `ofIds`), built and compiled once per dialect and list length
 * rather than per call: a Describe page runs several, and building a Kysely query costs more
 * than reading its rows. `build` must use the ids only as values (never to choose the query's shape).
 */
export function idListQuery<R>(
  build: (q: Queryable, ids: string[]) => Compilable<R>,
): (q: Queryable, ids: readonly string[]) => Promise<R[]> {
  const cache: Record<Dialect, Map<number, CompiledForLength<R>>> = { sqlite: new Map(), postgres: new Map() }
  return async (q, ids) => {
    if (ids.length === 0) return []
    const dialect = dialectOf(q)
    if (ids.length > MAX_COMPILED_LENGTH) return (await q.executeQuery(build(q, [...ids]).compile())).rows
    let entry = cache[dialect].get(ids.length)
    if (!entry) {
      // Placeholders no id can be confused with: they mark where each id goes among the parameters.
      const marks = ids.map((_id, i) => `\u0000id ${i}`)
      const compiled = build(q, marks).compile()
      entry = { compiled, slots: compiled.parameters.map((value) => marks.indexOf(value as string)) }
      cache[dialect].set(ids.length, entry)
    }
    const { compiled, slots } = entry
    const parameters = compiled.parameters.map((value, i) => (slots[i]! >= 0 ? ids[slots[i]!] : value))
    return (await q.executeQuery<R>({ ...compiled, parameters })).rows
  }
}
