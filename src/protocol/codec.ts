import { ApiError } from './errors.js'
import type { ParamPair } from './canonical.js'

/**
 * The wire codec: form-urlencoded text to parameter pairs, and the flat pairs to the shapes of
 * docs/compat.md#list-encodings: `name.N`, `name.N.field`, JSON text, a bare value for a list.
 */

/** Decodes `a=1&b=x+y` as browsers and QingCloud's SDKs encode it: `+` is a space, `%XX` UTF-8. */
export function decodeForm(text: string): ParamPair[] {
  return decodeFormPieces(text).map((piece) => piece.pair)
}

/** One `name=value` piece of a form: the decoded pair and the text it was decoded from. */
export interface FormPiece {
  pair: ParamPair
  raw: string
}

/** decodeForm, keeping each pair's text as sent (empty pieces, `a&&b`, carry no pair and are left out). */
export function decodeFormPieces(text: string): FormPiece[] {
  const pieces: FormPiece[] = []
  if (text === '') return pieces
  for (const piece of text.split('&')) {
    if (piece === '') continue
    const eq = piece.indexOf('=')
    const rawName = eq === -1 ? piece : piece.slice(0, eq)
    const rawValue = eq === -1 ? '' : piece.slice(eq + 1)
    const name = decodeComponent(rawName, rawName)
    pieces.push({ pair: [name, decodeComponent(rawValue, name)], raw: piece })
  }
  return pieces
}

function decodeComponent(raw: string, paramName: string): string {
  const spaced = raw.includes('+') ? raw.replaceAll('+', ' ') : raw
  let decoded = spaced
  if (spaced.includes('%')) {
    try {
      decoded = decodeURIComponent(spaced)
    } catch {
      throw new ApiError('InvalidParameter', { param: paramName.slice(0, 64), reason: 'is not valid percent-encoded UTF-8' })
    }
  }
  rejectNul(decoded, paramName)
  return decoded
}

/** No QingCloud value holds a NUL character, and PostgreSQL cannot store one in text. */
export function rejectNul(text: string, paramName: string): void {
  if (text.includes('\0')) {
    throw new ApiError('InvalidParameter', { param: paramName.slice(0, 64), reason: 'must not contain a NUL character' })
  }
}

const INDEXED = /^(.+)\.(\d{1,9})$/
const INDEXED_FIELD = /^(.+?)\.(\d{1,9})\.(.+)$/

/** The decoded parameters of one request, indexed for the list and map encodings. */
export class RawParams {
  readonly pairs: readonly ParamPair[]
  private readonly values = new Map<string, string>()
  private lists?: Map<string, Array<[number, string]>>
  /** Field names come from the input: each item is a null-prototype object, so none reads an inherited member. */
  private objects?: Map<string, Map<number, Record<string, string>>>

  constructor(pairs: readonly ParamPair[]) {
    this.pairs = pairs
    // The first occurrence of a repeated name wins; no QingCloud client repeats a name.
    for (const [name, value] of pairs) if (!this.values.has(name)) this.values.set(name, value)
  }

  get(name: string): string | undefined {
    return this.values.get(name)
  }

  has(name: string): boolean {
    return this.values.has(name)
  }

  /** Values of `name.N`, in numeric order of N whatever the first index (docs/compat.md#list-encodings). */
  indexed(name: string): string[] | undefined {
    this.lists ??= this.buildLists()
    return this.lists.get(name)?.map(([, value]) => value)
  }

  /** Objects of `name.N.field=value`, in numeric order of N. */
  indexedObjects(name: string): Array<Record<string, string>> | undefined {
    this.objects ??= this.buildObjects()
    const byIndex = this.objects.get(name)
    if (!byIndex) return undefined
    return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, fields]) => fields)
  }

  /** Every parameter as a plain object (first occurrence wins), for logs and debugging. */
  toObject(): Record<string, string> {
    return Object.fromEntries(this.values)
  }

  private buildLists(): Map<string, Array<[number, string]>> {
    const lists = new Map<string, Array<[number, string]>>()
    for (const [key, value] of this.values) {
      const match = INDEXED.exec(key)
      if (!match) continue
      const [, base, index] = match as unknown as [string, string, string]
      let list = lists.get(base)
      if (!list) lists.set(base, (list = []))
      list.push([Number(index), value])
    }
    for (const list of lists.values()) list.sort((a, b) => a[0] - b[0])
    return lists
  }

  private buildObjects(): Map<string, Map<number, Record<string, string>>> {
    const objects = new Map<string, Map<number, Record<string, string>>>()
    for (const [key, value] of this.values) {
      const match = INDEXED_FIELD.exec(key)
      if (!match) continue
      const [, base, index, field] = match as unknown as [string, string, string, string]
      let byIndex = objects.get(base)
      if (!byIndex) objects.set(base, (byIndex = new Map()))
      const n = Number(index)
      let fields = byIndex.get(n)
      if (!fields) byIndex.set(n, (fields = Object.create(null) as Record<string, string>))
      fields[field] = value
    }
    return objects
  }
}

/** Encodes parameters for the wire the way QingCloud's Python SDK does: `name.N` and `name.N.key`. */
export function flattenParams(params: Record<string, unknown>): ParamPair[] {
  const pairs: ParamPair[] = []
  const scalar = (value: unknown): string | undefined => {
    if (value === undefined || value === null) return undefined
    if (typeof value === 'boolean') return value ? '1' : '0'
    if (typeof value === 'object') return JSON.stringify(value)
    return String(value)
  }
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
          for (const [field, fieldValue] of Object.entries(item)) {
            const text = scalar(fieldValue)
            if (text !== undefined) pairs.push([`${name}.${i + 1}.${field}`, text])
          }
        } else {
          const text = scalar(item)
          if (text !== undefined) pairs.push([`${name}.${i + 1}`, text])
        }
      })
    } else {
      const text = scalar(value)
      if (text !== undefined) pairs.push([name, text])
    }
  }
  return pairs
}

/**
 * Whether JSON text nests arrays and objects more than `max` levels deep, read in one pass
 * without parsing it, so that no later walk of the value recurses as deep as the input says.
 */
export function jsonNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) {
      inString = true
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true
    } else if (c === 0x5d || c === 0x7d) {
      depth--
    }
  }
  return false
}
