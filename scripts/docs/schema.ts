import { z } from 'zod'
import type { AnyParam } from '../../src/protocol/params.js'
import { resourceTypes, type ResourceType } from '../../src/protocol/resources.js'

/**
 * What the docs say about a parameter or a response field, read from the DSL and from the zod schemas
 * (through their JSON Schema form): type text, wire forms, and sample values for the examples.
 */

type Json = Record<string, unknown> & {
  type?: string | string[]
  enum?: unknown[]
  items?: Json
  properties?: Record<string, Json>
  required?: string[]
  anyOf?: Json[]
  minimum?: number
  maximum?: number
  maxLength?: number
  description?: string
}

export function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): Json {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json
}

const code = (value: unknown) => `\`${value === '' ? '""' : String(value)}\``

// ---------------------------------------------------------------------------------------------
// Response fields

export interface FieldRow {
  path: string
  type: string
  optional: boolean
}

/** One row per field, nested objects and arrays of objects flattened to `a.b` and `a[].b`. */
export function fieldRows(schema: Json, prefix = ''): FieldRow[] {
  const rows: FieldRow[] = []
  const required = new Set(schema.required ?? [])
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`
    rows.push({ path, type: typeText(field), optional: !required.has(name) })
    const object = objectOf(field)
    if (object) rows.push(...fieldRows(object, `${path}.`))
    const items = field.items && objectOf(field.items)
    if (items) rows.push(...fieldRows(items, `${path}[].`))
  }
  return rows
}

function objectOf(schema: Json): Json | undefined {
  if (schema.properties) return schema
  return schema.anyOf?.find((option) => option.properties)
}

export function typeText(schema: Json): string {
  if (schema.anyOf) return schema.anyOf.map(typeText).join(' or ')
  if (schema.enum) return `one of ${schema.enum.map(code).join(', ')}`
  const types = ([] as string[]).concat(schema.type ?? [])
  if (types.length === 0) return 'any JSON'
  return types
    .map((type) => {
      if (type === 'array') return schema.items ? `array of ${plural(typeText(schema.items))}` : 'array'
      if (type === 'object') return schema.properties ? 'object' : 'object (free-form)'
      return type
    })
    .join(' or ')
}

function plural(type: string): string {
  return type === 'object' ? 'objects' : type === 'string' || type === 'integer' || type === 'number' ? `${type}s` : type
}

// ---------------------------------------------------------------------------------------------
// Parameters

const SAFE = Number.MAX_SAFE_INTEGER

/** The type of a parameter as a reader needs it: kind, range, allowed values, the resource an id names. */
export function paramType(spec: AnyParam): string {
  const { kind, enumValues, resource, item } = spec.state
  switch (kind) {
    case 'flag':
      return '`0` or `1` (also `true`/`false`)'
    case 'enum':
      return `one of ${enumValues!.map(code).join(', ')}`
    case 'id': {
      if (resource === 'any') return 'id of a resource of any type'
      const id = resource
        ? `${resourceTypes[resource].label} id${resourceTypes[resource].prefix ? ` (${code(`${resourceTypes[resource].prefix}…`)})` : ''}`
        : 'id'
      const part = spec.state.idPart
      return part ? `\`|\`-separated text, part ${part + 1} a ${id}` : id
    }
    case 'list':
      return `list of ${paramType(item!)}`
    case 'objects':
      return 'list of objects'
    case 'json':
      return `JSON text: ${typeText(jsonSchema(spec.state.schema(), 'input'))}`
    case 'int': {
      if (enumValues) return `integer, one of ${enumValues.map(code).join(', ')}`
      const { minimum, maximum } = jsonSchema(spec.state.schema())
      const range = [
        minimum !== undefined && minimum > -SAFE ? `≥ ${minimum}` : '',
        maximum !== undefined && maximum < SAFE ? `≤ ${maximum}` : '',
      ]
      return ['integer', ...range.filter(Boolean)].join(', ')
    }
    default: {
      const { maxLength } = jsonSchema(spec.state.schema())
      return maxLength !== undefined && maxLength < 65536 ? `string, ≤ ${maxLength} characters` : 'string'
    }
  }
}

/** How the parameter goes on the wire: `name`, `name.N` (or JSON), `name.N.field`, JSON text. */
export function wireForm(name: string, spec: AnyParam): string {
  switch (spec.kind) {
    case 'list':
      return `${code(`${name}.N`)} or ${code(`${name}=[…]`)}`
    case 'objects':
      return `${code(`${name}.N.<field>`)} or ${code(`${name}=[{…}]`)}`
    case 'json':
      return `${code(name)} (JSON text)`
    default:
      return code(name)
  }
}

export function requirement(spec: AnyParam): string {
  if (spec.mode === 'required') return 'yes'
  if (spec.mode === 'defaulted') return `default ${code(JSON.stringify(spec.state.defaultValue))}`
  return 'no'
}

// ---------------------------------------------------------------------------------------------
// Samples for the examples

export function sampleId(resource: ResourceType | undefined): string {
  if (resource === 'zone') return 'pek3a'
  if (resource === 'user') return 'usr-AbCd1234'
  if (resource === 'access_key') return 'QYACCESSKEYIDEXAMPLE'
  return `${resource ? resourceTypes[resource].prefix : ''}abcd1234`
}

/** A value the parameter accepts: its `example()`, else one derived from its kind and limits. */
export function sampleParam(spec: AnyParam): unknown {
  const { kind, example, defaultValue, enumValues, resource, item, fields } = spec.state
  if (example !== undefined) return example
  if (defaultValue !== undefined) return defaultValue
  switch (kind) {
    case 'flag':
      return true
    case 'enum':
      return enumValues![0]
    case 'id':
      return sampleId(resource === 'any' ? 'instance' : resource)
    case 'list':
      return [sampleParam(item!)]
    case 'objects':
      return [
        Object.fromEntries(
          Object.entries(fields!)
            .filter(([, f]) => f.mode === 'required')
            .map(([n, f]) => [n, sampleParam(f)]),
        ),
      ]
    case 'json':
      return sampleValue(jsonSchema(spec.state.schema(), 'input'), '')
    case 'int': {
      if (enumValues) return Number(enumValues[0])
      const { minimum, maximum } = jsonSchema(spec.state.schema())
      return Math.min(Math.max(minimum ?? 1, 1), maximum ?? SAFE)
    }
    default:
      return 'example'
  }
}

const EXAMPLE_TIME = '2026-01-15T08:00:00Z'

/** A sample answer field: ids shaped by their field name, times, first enum values; optional fields left out. */
export function sampleValue(schema: Json, name: string): unknown {
  if (schema.anyOf) return sampleValue(schema.anyOf.find((o) => o.type !== 'null') ?? schema.anyOf[0]!, name)
  if (schema.enum) return schema.enum.find((v) => v !== '') ?? schema.enum[0]
  const type = ([] as string[]).concat(schema.type ?? []).find((t) => t !== 'null')
  switch (type) {
    case 'object': {
      const required = new Set(schema.required ?? [])
      const entries = Object.entries(schema.properties ?? {}).filter(([key]) => required.has(key))
      return Object.fromEntries(entries.map(([key, field]) => [key, sampleValue(field, key)]))
    }
    case 'array':
      return schema.items ? [sampleValue(schema.items, name.replace(/s$/, ''))] : []
    case 'integer':
    case 'number':
      return name === 'total_count' ? 1 : 0
    case 'boolean':
      return false
    case 'string':
      return sampleString(name)
    default:
      return null
  }
}

function sampleString(name: string): string {
  if (name.endsWith('_time')) return EXAMPLE_TIME
  const base = name.replace(/_ids?$/, '').replace(/s$/, '')
  if (name === 'owner') return sampleId('user')
  if (base === 'resource') return sampleId('volume')
  if (name === 'zone_id') return sampleId('zone')
  if (base in resourceTypes) return sampleId(base as ResourceType)
  return ''
}
