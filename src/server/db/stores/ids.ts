import { sql, type CompiledQuery, type Compilable, type Expression } from 'kysely'
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

/** What a lookup matches its column against: the ids as values, or (in `idListQueriesAtOnce`) a subquery giving them. */
export type IdsOperand = string[] | Expression<string>

/** A lookup by a list of ids made by `idListQuery`; `build` lets `idListQueriesAtOnce` run it among others. */
export interface IdListQuery<R> {
  (q: Queryable, ids: readonly string[]): Promise<R[]>
  readonly build: (q: Queryable, ids: IdsOperand) => Compilable<R>
}

/** Compiles `build` once for `lengths` ids per list, each id replaced by a placeholder; `bind` fills in the ids of a call. */
function compiledWithSlots<R>(
  lengths: readonly number[],
  build: (marks: string[][]) => Compilable<R>,
): { compiled: CompiledQuery<R>; bind: (ids: ReadonlyArray<readonly string[]>) => unknown[] } {
  // Placeholders no id can be confused with: they mark where each id goes among the parameters.
  const places = new Map<unknown, readonly [list: number, index: number]>()
  const marks = lengths.map((length, list) =>
    Array.from({ length }, (_id, index) => {
      const mark = `\u0000id ${list} ${index}`
      places.set(mark, [list, index])
      return mark
    }),
  )
  const compiled = build(marks).compile()
  const slots = compiled.parameters.map((value) => places.get(value))
  return {
    compiled,
    bind: (ids) =>
      compiled.parameters.map((value, i) => {
        const slot = slots[i]
        return slot ? ids[slot[0]]![slot[1]] : value
      }),
  }
}

type Compiled<R> = ReturnType<typeof compiledWithSlots<R>>

/**
 * A lookup by a list of ids (as `ofIds`), built and compiled once per dialect and list length
 * rather than per call: a Describe page runs several, and building a Kysely query costs more
 * than reading its rows. `build` must use the ids only as the operand of `in` (never to choose the
 * query's shape).
 */
export function idListQuery<R>(build: (q: Queryable, ids: IdsOperand) => Compilable<R>): IdListQuery<R> {
  const cache: Record<Dialect, Map<number, Compiled<R>>> = { sqlite: new Map(), postgres: new Map() }
  const lookup = async (q: Queryable, ids: readonly string[]) => {
    if (ids.length === 0) return []
    const dialect = dialectOf(q)
    if (ids.length > MAX_COMPILED_LENGTH) return (await q.executeQuery(build(q, [...ids]).compile())).rows
    let entry = cache[dialect].get(ids.length)
    if (!entry) cache[dialect].set(ids.length, (entry = compiledWithSlots([ids.length], ([marks]) => build(q, marks!))))
    return (await q.executeQuery<R>({ ...entry.compiled, parameters: entry.bind([ids]) })).rows
  }
  return Object.assign(lookup, { build })
}

type RowsOf<L> = { [K in keyof L]: L[K] extends IdListQuery<infer R> ? R[] : never }

/**
 * Several id-list lookups of one page (its NICs, EIPs, tags…) answered together. On PostgreSQL
 * they are one statement, each lookup's rows gathered into a JSON array: every statement is a
 * round trip, which costs the server more CPU than reading the rows (a DescribeInstances page ran
 * one per lookup), and one statement also reads every lookup in one snapshot. The rows are those
 * of the lookups run alone: the tables hold only text and integers, which JSON carries unchanged,
 * and `json_agg` over a subquery keeps that subquery's order. Each lookup takes its ids from a
 * `values` list rather than from `in ($1, …)`: PostgreSQL soon plans a named statement once for all
 * parameters, and such a plan builds the `in` list anew for every row it scans (a sequential scan of
 * a small table then costs several times the query run alone). On SQLite each runs in turn, as
 * there is no round trip to save.
 */
export function idListQueriesAtOnce<L extends Record<string, IdListQuery<unknown>>>(
  lookups: L,
): (q: Queryable, ids: { [K in keyof L]: readonly string[] }) => Promise<RowsOf<L>> {
  const keys = Object.keys(lookups) as Array<keyof L & string>
  const cache = new Map<string, Compiled<Record<string, unknown[]>>>()
  return async (q, ids) => {
    const rows = {} as Record<string, unknown[]>
    // Lists that are empty read nothing (`in ()` is not SQL) and long ones are rare: they run alone.
    const together = keys.filter((key) => ids[key].length > 0 && ids[key].length <= MAX_COMPILED_LENGTH)
    if (dialectOf(q) === 'sqlite' || together.length < 2) {
      for (const key of keys) rows[key] = await lookups[key]!(q, ids[key])
      return rows as RowsOf<L>
    }
    for (const key of keys) if (!together.includes(key)) rows[key] = await lookups[key]!(q, ids[key])
    const lists = together.map((key) => ids[key])
    const shape = together.map((key, i) => `${key}:${lists[i]!.length}`).join(',')
    let entry = cache.get(shape)
    if (!entry) {
      const build = (marks: string[][]): Compilable<Record<string, unknown[]>> => {
        const lists = marks.map((list, i) => sql`${sql.id(`ids${i}`)}(id) as (values ${sql.join(list.map((id) => sql`(${id}::text)`))})`)
        const arrays = together.map((key, i) => {
          const lookup = lookups[key]!.build(q, sql<string>`(select id from ${sql.id(`ids${i}`)})`)
          return sql`(select coalesce(json_agg(t), '[]') from (${lookup}) as t) as ${sql.id(key)}`
        })
        const statement = sql<Record<string, unknown[]>>`with ${sql.join(lists)} select ${sql.join(arrays)}`
        return { compile: () => statement.compile(q) }
      }
      entry = compiledWithSlots(
        lists.map((list) => list.length),
        build,
      )
      cache.set(shape, entry)
    }
    const [found] = (await q.executeQuery<Record<string, unknown[]>>({ ...entry.compiled, parameters: entry.bind(lists) })).rows
    for (const key of together) rows[key] = found![key]!
    return rows as RowsOf<L>
  }
}
