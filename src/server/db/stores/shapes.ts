import type { Compilable, CompiledQuery } from 'kysely'
import { dialectOf, type Queryable } from '../database.js'

/**
 * Splits a request's input into its shape (what it names: which filters, how many ids) and its
 * values, replacing each value by a mark; `mark` functions call these on every field they pass on.
 * Each call adds one entry to the shape's key, so a branch of a `mark` function must be decided by
 * an entry it has already added (see markScope).
 */
export interface Marker {
  /** A value used only as a query parameter. `undefined` and `''` are shape (code tests them). */
  value<T extends string | number | undefined>(value: T): T
  /** A list whose length is shape and whose items are values. */
  list<T extends string>(list: readonly T[] | undefined): T[] | undefined
  /** Something the query's text depends on (a kind, a flag, a column name), taken as it is. */
  shape<T>(value: T): T
}

/** Marks no value of a request can be confused with: they show where each value goes among the parameters. */
const markOf = (i: number) => `\u0000value ${i}`

/** More shapes than this are built and compiled per call rather than kept: id lists of each length make their own. */
const MAX_SHAPES = 256

interface Shaped<N extends string> {
  compiled: Record<N, CompiledQuery>
  /** Per query, for each parameter, the index of the value it takes, or -1 for a constant of the query. */
  slots: Record<N, number[]>
}

/**
 * Queries built and compiled once per dialect and shape of their input, rather than by Kysely on
 * every request: a Describe's main query costs more to build than to run. `mark` passes each field
 * of the input through the marker (so that the shape and values are known without building);
 * `build` must use values only as values, never to choose the query's text. The first compile
 * of a shape is checked against a compile of the request's own input: the same text, with each
 * request value exactly where its mark stands, or it throws.
 */
export function compiledPerShape<I, N extends string>(
  mark: (marker: Marker, input: I) => I,
  build: (q: Queryable, input: I) => Record<N, Compilable<unknown>>,
): (q: Queryable, input: I) => Record<N, CompiledQuery> {
  const cache = new Map<string, Shaped<N>>()
  return (q, input) => {
    const key: unknown[] = [dialectOf(q)]
    const values: unknown[] = []
    const take = (value: unknown) => {
      values.push(value)
      return markOf(values.length - 1)
    }
    const marked = mark(
      {
        value: (value) => {
          if (value === undefined || value === '') {
            key.push(value ?? null)
            return value
          }
          key.push(typeof value)
          return take(value) as typeof value
        },
        list: (list) => {
          key.push(list?.length ?? null)
          return list?.map((item) => take(item) as typeof item)
        },
        shape: (value) => {
          key.push(value)
          return value
        },
      },
      input,
    )
    const shapeKey = JSON.stringify(key)
    let shaped = cache.get(shapeKey)
    if (!shaped) {
      if (cache.size >= MAX_SHAPES) return compileEach(build(q, input))
      shaped = compileShape(build(q, marked), build(q, input), values)
      cache.set(shapeKey, shaped)
    }
    const out = {} as Record<N, CompiledQuery>
    for (const name of Object.keys(shaped.compiled) as N[]) {
      const compiled = shaped.compiled[name]
      out[name] = { ...compiled, parameters: bound(compiled, shaped.slots[name], values) }
    }
    return out
  }
}

/** A shape's parameters with this request's values in their slots (constants of the query stay). */
function bound(compiled: CompiledQuery, slots: readonly number[], values: readonly unknown[]): unknown[] {
  return compiled.parameters.map((constant, i) => (slots[i]! >= 0 ? values[slots[i]!] : constant))
}

function compileEach<N extends string>(queries: Record<N, Compilable<unknown>>): Record<N, CompiledQuery> {
  const out = {} as Record<N, CompiledQuery>
  for (const name of Object.keys(queries) as N[]) out[name] = queries[name].compile()
  return out
}

function compileShape<N extends string>(
  marked: Record<N, Compilable<unknown>>,
  own: Record<N, Compilable<unknown>>,
  values: unknown[],
): Shaped<N> {
  const shaped = { compiled: {}, slots: {} } as Shaped<N>
  for (const name of Object.keys(marked) as N[]) {
    const compiled = marked[name].compile()
    const slots = compiled.parameters.map((parameter) =>
      typeof parameter === 'string' ? values.findIndex((_v, i) => markOf(i) === parameter) : -1,
    )
    const expected = own[name].compile()
    const parameters = bound(compiled, slots, values)
    const same =
      compiled.sql === expected.sql &&
      parameters.length === expected.parameters.length &&
      parameters.every((parameter, i) => parameter === expected.parameters[i])
    if (!same) throw new Error(`compiledPerShape: query ${name} uses a marked value other than as a parameter`)
    shaped.compiled[name] = compiled
    shaped.slots[name] = slots
  }
  return shaped
}
