import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { RawParams, decodeForm } from './codec.js'
import { ApiError } from './errors.js'
import { p } from './params.js'

const raw = (query: string) => new RawParams(decodeForm(query))

function failure(run: () => unknown): { ret_code: number; message: string } {
  try {
    run()
  } catch (error) {
    if (error instanceof ApiError) return { ret_code: error.ret_code, message: error.message }
    throw error
  }
  throw new Error('expected an ApiError')
}

describe('list parameters accept every encoding real clients send (docs/compat.md#list-encodings)', () => {
  const ids = p.list(p.id('instance'))

  it('E1: name.N in numeric order, 1-based, 0-based and with holes', () => {
    expect(ids.read(raw('instances.2=b&instances.10=c&instances.1=a'), 'instances')).toEqual(['a', 'b', 'c'])
    expect(ids.read(raw('instances.0=a&instances.1=b'), 'instances')).toEqual(['a', 'b'])
    expect(ids.read(raw('instances.1=a&instances.5=b'), 'instances')).toEqual(['a', 'b'])
  })

  it('E3: JSON text, and E1 wins when both are present', () => {
    expect(ids.read(raw('instances=%5B%22a%22%2C%22b%22%5D'), 'instances')).toEqual(['a', 'b'])
    expect(ids.read(raw('instances=%5B%22x%22%5D&instances.1=a'), 'instances')).toEqual(['a'])
  })

  it('E6: a bare value is a one-element list; empty is an empty list', () => {
    expect(ids.read(raw('instances=i-1'), 'instances')).toEqual(['i-1'])
    expect(ids.read(raw('instances='), 'instances')).toEqual([])
    expect(ids.read(raw('other=1'), 'instances')).toBeUndefined()
  })

  it("drops trailing commas from ids, as the docs' examples send them (docs/compat.md#trailing-commas)", () => {
    expect(ids.read(raw('instances.1=i-12345678,'), 'instances')).toEqual(['i-12345678'])
    expect(p.id('eip').read(raw('eip=eip-abcdefgh,%20'), 'eip')).toBe('eip-abcdefgh')
    expect(failure(() => p.id('eip').read(raw('eip=,'), 'eip')).ret_code).toBe(1100)
  })

  it('names the element that is invalid, 1-based', () => {
    const statuses = p.list(p.enum(['running', 'stopped']))
    expect(failure(() => statuses.read(raw('status.1=running&status.2=flying'), 'status'))).toEqual({
      ret_code: 1100,
      message: 'InvalidParameter, parameter [status.2] must be one of running, stopped (got [flying])',
    })
  })

  it('answers MissingParameter for a required list that is absent or empty', () => {
    const required = ids.required()
    expect(failure(() => required.read(raw(''), 'instances')).message).toBe('MissingParameter, parameter [instances] is required')
    expect(failure(() => required.read(raw('instances='), 'instances')).ret_code).toBe(1100)
  })
})

describe('object lists: name.N.field and JSON text', () => {
  const rules = p.objects({
    protocol: p.enum(['tcp', 'udp']).required(),
    priority: p.int({ min: 0, max: 100 }).default(0),
    val1: p.string().keepEmpty(),
    actions: p.list(p.string()),
  })

  it('reads E2 keys, with defaults and empty values kept where declared', () => {
    expect(rules.read(raw('rules.1.protocol=tcp&rules.1.priority=7&rules.1.val1=&rules.2.protocol=udp'), 'rules')).toEqual([
      { protocol: 'tcp', priority: 7, val1: '' },
      { protocol: 'udp', priority: 0 },
    ])
  })

  it('reads JSON text, JSON inside a field (Python) and comma-joined lists (Go)', () => {
    const json = encodeURIComponent('[{"protocol":"udp","actions":["A","B"]}]')
    expect(rules.read(raw(`rules=${json}`), 'rules')).toEqual([{ protocol: 'udp', priority: 0, actions: ['A', 'B'] }])
    expect(rules.read(raw(`rules.1.protocol=tcp&rules.1.actions=${encodeURIComponent('["A"]')}`), 'rules')).toEqual([
      { protocol: 'tcp', priority: 0, actions: ['A'] },
    ])
    expect(rules.read(raw('rules.1.protocol=tcp&rules.1.actions=A,B'), 'rules')).toEqual([
      { protocol: 'tcp', priority: 0, actions: ['A', 'B'] },
    ])
  })

  it('names the field that is wrong or missing', () => {
    expect(failure(() => rules.read(raw('rules.1.protocol=tcp&rules.2.priority=7'), 'rules')).message).toBe(
      'MissingParameter, parameter [rules.2.protocol] is required',
    )
    expect(failure(() => rules.read(raw('rules.1.protocol=tcp&rules.1.priority=x'), 'rules')).message).toBe(
      'InvalidParameter, parameter [rules.1.priority] must be an integer (got [x])',
    )
  })
})

describe('scalars', () => {
  it('reads booleans in every spelling clients use (docs/compat.md#booleans)', () => {
    const flag = p.flag()
    for (const [text, value] of [
      ['1', true],
      ['true', true],
      ['True', true],
      ['0', false],
      ['False', false],
      ['false', false],
    ] as const) {
      expect(flag.read(raw(`f=${text}`), 'f')).toBe(value)
    }
    expect(flag.read(raw('f='), 'f')).toBeUndefined()
    expect(failure(() => flag.read(raw('f=yes'), 'f')).ret_code).toBe(1100)
  })

  it('treats empty values as not given, unless the parameter keeps them', () => {
    expect(p.string().read(raw('name='), 'name')).toBeUndefined()
    expect(p.string().keepEmpty().read(raw('name=%20%20'), 'name')).toBe('')
    expect(p.int().default(5).read(raw('n='), 'n')).toBe(5)
  })

  it('treats client-filled zeros as not given where declared (docs/compat.md#unknown-parameters)', () => {
    expect(p.int().zeroIsUnset().read(raw('cpu_max=0'), 'cpu_max')).toBeUndefined()
    expect(p.int().read(raw('cpu_max=0'), 'cpu_max')).toBe(0)
  })

  it('caps limit at 100 and reads 0 as the default (docs/compat.md#describe-paging)', () => {
    const limit = p.limit()
    expect(limit.read(raw('limit=500'), 'limit')).toBe(100)
    expect(limit.read(raw('limit=0'), 'limit')).toBe(20)
    expect(limit.read(raw(''), 'limit')).toBe(20)
    expect(failure(() => limit.read(raw('limit=-3'), 'limit')).message).toContain('[limit]')
  })

  it('validates JSON parameters with their schema', () => {
    const meta = p.json(z.array(z.record(z.string(), z.string())))
    expect(meta.read(raw(`meta=${encodeURIComponent('[{"color":"#fff"}]')}`), 'meta')).toEqual([{ color: '#fff' }])
    expect(failure(() => meta.read(raw('meta=%7Bnope'), 'meta')).message).toBe('InvalidParameter, parameter [meta] is not valid JSON text')
  })
})

describe('NUL characters (PostgreSQL cannot store them; no QingCloud value has one)', () => {
  it('answer 1100 naming the parameter, percent-encoded or escaped in JSON text', () => {
    expect(failure(() => decodeForm('volume_name=a%00b'))).toEqual({
      ret_code: 1100,
      message: 'InvalidParameter, parameter [volume_name] must not contain a NUL character',
    })
    const ids = p.list(p.id('instance'))
    expect(failure(() => ids.read(raw('instances=%5B%22i-%5Cu0000%22%5D'), 'instances')).message).toBe(
      'InvalidParameter, parameter [instances] must not contain a NUL character',
    )
    expect(ids.read(raw('instances=%5B%22i-%5C%5Cu0000%22%5D'), 'instances')).toEqual(['i-\\u0000'])
  })
})

describe('integers', () => {
  it('are 32-bit unless a parameter says otherwise: beyond answers 1100 naming the parameter', () => {
    const offset = p.int({ min: 0 })
    expect(offset.read(raw('offset=2147483647'), 'offset')).toBe(2147483647)
    expect(failure(() => offset.read(raw('offset=2147483648'), 'offset')).message).toBe(
      'InvalidParameter, parameter [offset] must be at most 2147483647 (got [2147483648])',
    )
  })
})
