import { z } from 'zod'
import { ApiError } from './errors.js'
import { jsonNestsDeeperThan, rejectNul, type RawParams } from './codec.js'
import { resourceTypes, type ResourceType } from './resources.js'

/**
 * The parameter DSL of action descriptors.
 *
 * A parameter knows its QingCloud wire form (scalar, `name.N` list, `name.N.field` objects, JSON
 * text), validates with a zod schema, and stays introspectable: the CLI derives flags and the doc
 * generator derives tables from `kind`, `mode`, `doc` and friends.
 *
 * @example
 *   params: {
 *     instances: p.list(p.id('instance')).required().describe('instances to stop'),
 *     force: p.flag().default(false),
 *   }
 */

export type Mode = 'optional' | 'required' | 'defaulted'
export type Kind = 'string' | 'int' | 'flag' | 'enum' | 'id' | 'list' | 'objects' | 'json'

interface ParamState<T> {
  kind: Kind
  mode: Mode
  doc: string
  defaultValue?: T
  /**
   * Scalars: validates the wire string. Lists, objects, JSON: validates the decoded wire shape.
   * Built on first use (see `lazy`): a server start would otherwise build the zod schemas of every
   * parameter of every action, a third of its time to the first answer.
   */
  schema: () => z.ZodType<T>
  /** Ids: the resource type the id names (`any`: the request says which); authorization and the CLI read it. */
  resource?: ResourceType | 'any'
  /** Ids inside `|`-separated text: which part is the id (`vxnet-id|ip`: 0, `instance-id|vxnet-id|ip`: 1). */
  idPart?: number
  /** Text that may name a resource instead of a value (a rule's `val3` an IP set): see `mayName`. */
  mayName?: ResourceType
  enumValues?: readonly string[]
  item?: AnyParam
  fields?: Record<string, AnyParam>
  /** Keep `name=` (and whitespace-only text) as `''` instead of "not given" (e.g. a description to clear). */
  keepEmpty?: boolean
  /** Client-filled zeros (`cpu_max=0`, `verbose=0`) mean "not given" (docs/compat.md#unknown-parameters). */
  zeroIsUnset?: boolean
  maxItems?: number
  /** JSON parameters: how deep the value may nest (arrays and objects). */
  maxDepth?: number
  /** A value for the generated docs' examples, where the derived one would be refused. */
  example?: T
}

export class Param<T, M extends Mode = 'optional'> {
  declare readonly _output: T
  declare readonly _mode: M
  readonly state: Readonly<ParamState<T>>

  constructor(state: ParamState<T>) {
    this.state = state
  }

  get kind(): Kind {
    return this.state.kind
  }

  get mode(): M {
    return this.state.mode as M
  }

  required(): Param<T, 'required'> {
    return new Param({ ...this.state, mode: 'required' })
  }

  default(value: T): Param<T, 'defaulted'> {
    return new Param({ ...this.state, mode: 'defaulted', defaultValue: value })
  }

  describe(doc: string): Param<T, M> {
    return new Param({ ...this.state, doc })
  }

  /** `name=` is a value (`''`), not an absent parameter: used where QingCloud's docs give `k=` a meaning. */
  keepEmpty(): Param<T, M> {
    // An id that `name=` clears (a router's EIP) is still an id the authorize stage checks when given.
    const schema = this.state.kind === 'id' ? lazy(() => idSchema({ allowEmpty: true }) as unknown as z.ZodType<T>) : this.state.schema
    return new Param({ ...this.state, schema, keepEmpty: true })
  }

  /**
   * Text that may name a `resource` instead of a value (a security group rule's `val3` an IP set):
   * a value with the type's id prefix is an id, which the authorize stage checks like any other.
   */
  mayName(resource: ResourceType): Param<T, M> {
    return new Param({ ...this.state, mayName: resource })
  }

  zeroIsUnset(): Param<T, M> {
    return new Param({ ...this.state, zeroIsUnset: true })
  }

  /** The value the generated docs use in examples (`size: 20` where the minimum 1 would be refused). */
  example(value: T): Param<T, M> {
    return new Param({ ...this.state, example: value })
  }

  /** Reads this parameter from a request; `undefined` when it was not given (after defaults). */
  read(raw: RawParams, name: string): T | undefined {
    const wire = readWire(this.state, raw, name)
    if (wire === undefined) {
      if (this.state.mode === 'required') throw new ApiError('MissingParameter', { param: name })
      return this.state.defaultValue
    }
    const parsed = this.state.schema().safeParse(wire)
    if (!parsed.success) throw invalid(name, parsed.error, wire)
    return parsed.data
  }
}

// A parameter of any value type or mode. `any` is needed here: Param<T> is invariant in T because
// T appears in both argument and return positions, so no single concrete type covers them all.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyParam = Param<any, Mode>
export type ParamShape = Record<string, AnyParam>

type Simplify<T> = { [K in keyof T]: T[K] } & {}

/**
 * The id a scalar value of `param` names, if any: an id parameter's value (or its `idPart`), or a
 * `mayName` text's value that carries the type's prefix.
 */
function idNamedBy(param: AnyParam, value: unknown): { id: string; resource: ResourceType | 'any' } | undefined {
  const { kind, resource, idPart = 0, mayName } = param.state
  if (typeof value !== 'string') return undefined
  if (kind === 'id' && resource) {
    const id = value.split('|')[idPart]?.trim()
    return id ? { id, resource } : undefined
  }
  const text = value.trim()
  if (mayName && text.startsWith(resourceTypes[mayName].prefix)) return { id: text, resource: mayName }
  return undefined
}

/** An id a request names: the parameter it is in (with its index and field for objects), the id and its type. */
export interface NamedId {
  param: string
  id: string
  resource: ResourceType | 'any'
}

/**
 * The ids `spec` holds in `value` (a scalar, a list, or the fields of objects), each with its
 * parameter: `vxnet-id|ip` names the VxNet (JoinVxnet), `instance-id|vxnet-id|ip` in its second
 * part (CloneInstances), a rule's `val3` may name an IP set. The authorize stage, the one-owner
 * check and the audit log read the ids of a request through this alone.
 */
export function idsNamedIn(name: string, spec: AnyParam, value: unknown): NamedId[] {
  if (value === undefined || value === null) return []
  const { kind, item, fields } = spec.state
  if (typeof value === 'string') {
    const named = idNamedBy(spec, value)
    return named ? [{ param: name, ...named }] : []
  }
  if (kind === 'list' && item && Array.isArray(value)) return value.flatMap((v) => idsNamedIn(name, item, v))
  if (kind === 'objects' && fields && Array.isArray(value)) {
    return (value as Array<Record<string, unknown>>).flatMap((object, i) =>
      Object.entries(fields).flatMap(([field, fieldSpec]) =>
        Object.hasOwn(object, field) ? idsNamedIn(`${name}.${i + 1}.${field}`, fieldSpec, object[field]) : [],
      ),
    )
  }
  return []
}

/** The typed parameters a handler receives for a shape of params. */
export type ParamsOf<S extends ParamShape> = Simplify<
  { [K in keyof S as S[K]['_mode'] extends 'optional' ? never : K]: S[K]['_output'] } & {
    [K in keyof S as S[K]['_mode'] extends 'optional' ? K : never]?: S[K]['_output']
  }
>

/** What a caller passes for a shape of params (defaults make a parameter optional). */
export type InputOf<S extends ParamShape> = Simplify<
  { [K in keyof S as S[K]['_mode'] extends 'required' ? K : never]: S[K]['_output'] } & {
    [K in keyof S as S[K]['_mode'] extends 'required' ? never : K]?: S[K]['_output']
  }
>

// ---------------------------------------------------------------------------------------------
// Wire decoding (docs/compat.md#list-encodings, docs/compat.md#unknown-parameters, docs/compat.md#booleans)

function readWire(state: ParamState<unknown>, raw: RawParams, name: string): unknown {
  switch (state.kind) {
    case 'list':
      return readList(state, raw, name)
    case 'objects':
      return readObjects(state, raw, name)
    case 'json': {
      const text = raw.get(name)
      if (text === undefined || text.trim() === '') return undefined
      return parseJsonParam(text, name, shapeDepth(state))
    }
    default:
      return readScalar(state, raw.get(name))
  }
}

function readScalar(state: ParamState<unknown>, value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const trimmed = value.trim()
  if (trimmed === '') return state.keepEmpty ? '' : undefined
  if (state.zeroIsUnset && /^0+$/.test(trimmed)) return undefined
  return state.kind === 'string' ? value : trimmed
}

function readList(state: ParamState<unknown>, raw: RawParams, name: string): string[] | undefined {
  const indexed = raw.indexed(name)
  if (indexed) return indexed
  const value = raw.get(name)
  if (value === undefined) return undefined
  const trimmed = value.trim()
  if (trimmed === '') return state.mode === 'required' ? undefined : []
  if (trimmed.startsWith('[')) {
    const parsed = parseJsonParam(trimmed, name, shapeDepth(state))
    if (!Array.isArray(parsed)) throw notA(name, 'a JSON array')
    return parsed.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)))
  }
  return [value]
}

function readObjects(state: ParamState<unknown>, raw: RawParams, name: string): Array<Record<string, unknown>> | undefined {
  const indexed = raw.indexedObjects(name)
  let items: unknown[]
  if (indexed) {
    items = indexed
  } else {
    const value = raw.get(name)
    if (value === undefined || value.trim() === '') return undefined
    const parsed = parseJsonParam(value, name, shapeDepth(state))
    items = Array.isArray(parsed) ? parsed : [parsed]
  }
  return items.map((item, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw notA(`${name}.${i + 1}`, 'an object')
    }
    // Keys come from the input: only the field's own names match, and `__proto__` is just a key.
    const out = Object.create(null) as Record<string, unknown>
    for (const [field, value] of Object.entries(item)) {
      const spec = state.fields && Object.hasOwn(state.fields, field) ? state.fields[field] : undefined
      out[field] = spec ? fieldWire(spec.state, value, `${name}.${i + 1}.${field}`) : value
    }
    return out
  })
}

/** A field of an object item: JSON text inside is parsed; a string list may be `a,b` (Go SDK). */
function fieldWire(state: ParamState<unknown>, value: unknown, path: string): unknown {
  if (typeof value !== 'string') {
    if (state.kind === 'list' && Array.isArray(value)) return value.map(String)
    return value === null || value === undefined ? undefined : String(value)
  }
  if (state.kind === 'list') {
    const trimmed = value.trim()
    if (trimmed.startsWith('[')) {
      const parsed = parseJsonParam(trimmed, path, shapeDepth(state))
      if (!Array.isArray(parsed)) throw notA(path, 'a JSON array')
      return parsed.map(String)
    }
    return trimmed === '' ? [] : trimmed.split(',').map((s) => s.trim())
  }
  return readScalar(state, value)
}

/**
 * How deep a parameter's JSON may nest: a list is one array (plus its item's depth), objects an
 * array of objects (plus their deepest field). Walks the descriptor, never the input.
 */
function shapeDepth(state: ParamState<unknown>): number {
  switch (state.kind) {
    case 'list':
      return 1 + (state.item ? shapeDepth(state.item.state) : 0)
    case 'objects':
      return 2 + Math.max(0, ...Object.values(state.fields ?? {}).map((field) => shapeDepth(field.state)))
    case 'json':
      return state.maxDepth ?? JSON_MAX_DEPTH
    default:
      return 0
  }
}

/** The default nesting bound of a `p.json` parameter. */
const JSON_MAX_DEPTH = 8

function parseJsonParam(text: string, name: string, maxDepth: number): unknown {
  if (jsonNestsDeeperThan(text, maxDepth)) {
    throw new ApiError('InvalidParameter', { param: name, reason: `must nest JSON at most ${maxDepth} levels deep` })
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw notA(name, 'valid JSON text')
  }
  // A `\u0000` escape decodes to the NUL that the percent-decoding already refuses.
  for (const text of stringsIn(parsed)) rejectNul(text, name)
  return parsed
}

/** Every key and string in a parsed JSON value, walked with a stack of its own, not the call stack. */
function stringsIn(value: unknown): string[] {
  const strings: string[] = []
  const pending: unknown[] = [value]
  while (pending.length > 0) {
    const item = pending.pop()
    if (typeof item === 'string') strings.push(item)
    else if (item !== null && typeof item === 'object') {
      for (const [key, inner] of Object.entries(item)) {
        strings.push(key)
        pending.push(inner)
      }
    }
  }
  return strings
}

function notA(name: string, what: string): ApiError {
  return new ApiError('InvalidParameter', { param: name, reason: `is not ${what}` })
}

function invalid(name: string, error: z.ZodError, wire: unknown): ApiError {
  const issue = error.issues[0]!
  let param = name
  let value: unknown = wire
  for (const step of issue.path) {
    param += typeof step === 'number' ? `.${step + 1}` : `.${String(step)}`
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[step as PropertyKey] : undefined
  }
  if (value === undefined) {
    return new ApiError('MissingParameter', { param })
  }
  const shown = typeof value === 'string' ? ` (got [${value.length > 40 ? `${value.slice(0, 40)}...` : value}])` : ''
  return new ApiError('InvalidParameter', { param, reason: `${issue.message}${shown}` })
}

// ---------------------------------------------------------------------------------------------
// Builders

const INTEGER = /^[+-]?\d{1,15}$/

/**
 * `build`, run once when first called: a parameter's schema is built when a request (or the docs)
 * first needs it, and shared by the parameters derived from it (`.required()`, `.describe()`, …).
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined
  return () => (value ??= build())
}

function make<T>(kind: Kind, schema: () => z.ZodType<T>, extra: Partial<ParamState<T>> = {}): Param<T> {
  return new Param<T>({ kind, mode: 'optional', doc: '', schema: lazy(schema), ...extra })
}

/** QingCloud's integers are 32-bit, and so are the store's integer columns (PostgreSQL rejects more). */
const INT32_MIN = -2_147_483_648
const INT32_MAX = 2_147_483_647

function int(options: { min?: number; max?: number; allowed?: readonly number[] } = {}): Param<number> {
  const { min = INT32_MIN, max = INT32_MAX, allowed } = options
  const schema = () => {
    let number = z
      .number()
      .min(min, { error: `must be at least ${min}` })
      .max(max, { error: `must be at most ${max}` })
    if (allowed) number = number.refine((n) => allowed.includes(n), { error: `must be one of ${allowed.join(', ')}` })
    return z.string().regex(INTEGER, { error: 'must be an integer' }).transform(Number).pipe(number)
  }
  return make('int', schema, allowed ? { enumValues: allowed.map(String) } : {})
}

function string(options: { max?: number; pattern?: RegExp; patternDoc?: string } = {}): Param<string> {
  const schema = () => {
    const text = z.string().max(options.max ?? 65536, { error: `must be at most ${options.max ?? 65536} characters` })
    const { pattern } = options
    return pattern ? text.regex(pattern, { error: `must be ${options.patternDoc ?? `of the form ${pattern}`}` }) : text
  }
  return make('string', schema)
}

/** Booleans arrive as 1/0, true/false, True/False (docs/compat.md#booleans). */
function flag(): Param<boolean> {
  const schema = () =>
    z
      .string()
      .regex(/^(1|0|true|false)$/i, { error: 'must be 0, 1, true or false' })
      .transform((v) => v === '1' || v.toLowerCase() === 'true')
  return make('flag', schema)
}

function oneOf<const V extends readonly [string, ...string[]]>(values: V): Param<V[number]> {
  const schema = () =>
    z.enum(values as unknown as [V[number], ...V[number][]], {
      error: `must be one of ${values.join(', ')}`,
    }) as unknown as z.ZodType<V[number]>
  return make('enum', schema, { enumValues: values })
}

/**
 * An opaque, case-sensitive resource id (docs/compat.md#id-shapes: never 1100 for an odd-looking id). With a
 * resource type the authorize stage checks it belongs to the caller; `any` does so for an id of
 * any type (AttachTags names its resources' types in another field).
 */
function id(resource?: ResourceType | 'any'): Param<string> {
  return make('id', () => idSchema({ allowEmpty: false }), resource === undefined ? {} : { resource })
}

/**
 * `|`-separated text whose part `part` is an id of `resource`, e.g. CloneInstances'
 * `instance-id|vxnet-id|ip` (part 1): the authorize stage checks that id like any other. Single
 * quotes around the text, as in the docs' example (docs/compat.md#clone-instances), are dropped here, once.
 */
function idWithin(resource: ResourceType, options: { part: number; max: number }): Param<string> {
  const schema = () =>
    z
      .string()
      .transform((value) => value.trim().replace(/^'(.*)'$/, '$1'))
      .pipe(
        z
          .string()
          .min(1, { error: 'must not be empty' })
          .max(options.max, { error: `must be at most ${options.max} characters` }),
      )
  return make('id', schema, { resource, idPart: options.part })
}

function idSchema(options: { allowEmpty: boolean }): z.ZodType<string> {
  const text = z.string().max(128, { error: 'must be at most 128 characters' })
  // Trailing commas are dropped: the docs' own examples send `i-12345678,` (docs/compat.md#trailing-commas).
  return z
    .string()
    .transform((value) => value.replace(/[,\s]+$/, ''))
    .pipe(options.allowEmpty ? text : text.min(1, { error: 'must not be empty' }))
}

const DEFAULT_MAX_ITEMS = 1000

function list<T>(item: Param<T, Mode>, options: { maxItems?: number } = {}): Param<T[]> {
  const maxItems = options.maxItems ?? DEFAULT_MAX_ITEMS
  const schema = () => z.array(item.state.schema()).max(maxItems, { error: `must have at most ${maxItems} items` }) as z.ZodType<T[]>
  return make('list', schema, { item, maxItems })
}

type FieldsOf<F extends ParamShape> = ParamsOf<F>

function objects<F extends ParamShape>(fields: F, options: { maxItems?: number } = {}): Param<Array<FieldsOf<F>>> {
  const maxItems = options.maxItems ?? DEFAULT_MAX_ITEMS
  const schema = () => {
    const shape: Record<string, z.ZodType> = {}
    for (const [field, spec] of Object.entries(fields)) {
      const st = spec.state
      let fieldSchema: z.ZodType = st.schema()
      if (st.mode === 'defaulted') fieldSchema = fieldSchema.optional().default(st.defaultValue)
      else if (st.mode === 'optional') fieldSchema = fieldSchema.optional()
      shape[field] = fieldSchema
    }
    return z.array(z.object(shape)).max(maxItems, { error: `must have at most ${maxItems} items` }) as unknown as z.ZodType<
      Array<FieldsOf<F>>
    >
  }
  return make('objects', schema, { fields, maxItems })
}

/** A whole value as JSON text (`meta=[{"color":"#fff"}]`), validated by a zod schema, nesting at most `maxDepth` deep. */
function json<T>(schema: z.ZodType<T>, options: { maxDepth?: number } = {}): Param<T> {
  return make('json', () => schema, options.maxDepth === undefined ? {} : { maxDepth: options.maxDepth })
}

// Common Describe* controls (docs/compat.md#describe-paging, docs/compat.md#describe-order)
const offset = (): Param<number, 'defaulted'> => int({ min: 0 }).default(0).describe('skip this many matching records')

function limit(defaultLimit = 20, cap = 100): Param<number, 'defaulted'> {
  const schema = () =>
    z
      .string()
      .regex(INTEGER, { error: 'must be an integer' })
      .transform(Number)
      .pipe(z.number().min(0, { error: 'must be at least 0' }))
      .transform((n) => (n === 0 ? defaultLimit : Math.min(n, cap)))
  return make('int', schema)
    .default(defaultLimit)
    .describe(`page size; default ${defaultLimit}, larger values are capped at ${cap}, 0 means the default`)
}

const verbose = (): Param<number, 'defaulted'> => int({ min: 0, max: 1 }).default(0).describe('1 adds related resources to each record')

const sortKey = (): Param<string> => string({ max: 64 }).describe('record field to sort by')
const reverse = (): Param<boolean> => flag().describe('1 reverses the order')
const searchWord = (): Param<string> => string({ max: 256 }).describe('matches the ID or the name')

/** The controls every Describe* shares: verbose, sort_key, reverse, offset, limit (docs/compat.md#describe-paging). */
function listing() {
  return { verbose: verbose(), sort_key: sortKey(), reverse: reverse(), offset: offset(), limit: limit() }
}

export const p = {
  listing,
  int,
  string,
  flag,
  enum: oneOf,
  id,
  idWithin,
  list,
  objects,
  json,
  offset,
  limit,
  verbose,
  sortKey,
  reverse,
  searchWord,
}
