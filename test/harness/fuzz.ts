import fc from 'fast-check'
import { actions } from '../../src/protocol/actions/index.js'
import type { AnyAction } from '../../src/protocol/define.js'
import type { AnyParam } from '../../src/protocol/params.js'
import type { ParamPair } from '../../src/protocol/signing.js'

/**
 * Arbitraries for fuzzing the API from the registry: for every declared parameter a value that is
 * valid, plausible or garbage, in every wire encoding QingCloud's clients use (docs/compat.md#list-encodings), plus
 * parameters nobody declared.
 */

const garbage = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '-1',
    '0',
    '1e9',
    '99999999999999999999',
    'NaN',
    'null',
    '[',
    '{}',
    '[1,',
    '%zz',
    '\u0000',
    'ä½ å¥½',
    '😀',
    '../..',
    "'; drop table jobs; --",
  ),
  fc.string({ maxLength: 3000 }),
)

/** Keys that name members of Object.prototype: a field lookup must never find them inherited. */
const oddKey = fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype')

/** JSON nested deeper than any parameter's shape, up to far deeper than a call stack goes. */
const deepJson = fc
  .tuple(fc.constantFrom(3, 8, 60, 5000, 50_000), fc.constantFrom('[', '{"a":'), fc.constantFrom('"x"', '{}', '1'))
  .map(([depth, open, inner]) => `${open.repeat(depth)}${inner}${(open === '[' ? ']' : '}').repeat(depth)}`)

function scalarValue(spec: AnyParam, ids: readonly string[]): fc.Arbitrary<string> {
  const { kind, enumValues } = spec.state
  const plausible: fc.Arbitrary<string> =
    kind === 'int'
      ? enumValues
        ? fc.constantFrom(...enumValues)
        : fc.oneof(fc.integer({ min: -5, max: 200 }).map(String), fc.integer().map(String))
      : kind === 'flag'
        ? fc.constantFrom('0', '1', 'true', 'False', 'TRUE', 'yes')
        : kind === 'enum'
          ? fc.constantFrom(...(enumValues ?? ['x']))
          : kind === 'id'
            ? fc.oneof(fc.constantFrom(...(ids.length ? ids : ['i-00000000'])), fc.stringMatching(/^[a-z]{1,5}-[a-z0-9]{8}$/))
            : fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('demo', 'a b+c/d', '项目 😀'))
  return fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: garbage })
}

/** One parameter as wire pairs, in a randomly chosen encoding. */
function paramPairs(name: string, spec: AnyParam, ids: readonly string[]): fc.Arbitrary<ParamPair[]> {
  const { kind, item, fields } = spec.state
  if (kind === 'list' && item) {
    const items = fc.array(scalarValue(item, ids), { maxLength: 6 })
    return fc.oneof(
      items.map((values) => values.map((v, i): ParamPair => [`${name}.${i + 1}`, v])), // E1
      items.map((values) => values.map((v, i): ParamPair => [`${name}.${i}`, v])), // Ruby, 0-based
      items.map((values): ParamPair[] => [[name, JSON.stringify(values)]]), // E3
      scalarValue(item, ids).map((v): ParamPair[] => [[name, v]]), // E6
      garbage.map((v): ParamPair[] => [[name, v]]),
      deepJson.map((v): ParamPair[] => [[name, v]]),
    )
  }
  if (kind === 'objects' && fields) {
    const object = fc.record(
      Object.fromEntries(
        Object.entries(fields).map(([field, fieldSpec]) => [field, fc.option(scalarValue(fieldSpec, ids), { nil: undefined })]),
      ),
    )
    const objects = fc.array(object, { maxLength: 4 })
    return fc.oneof(
      objects.map((list) =>
        list.flatMap((o, i) => Object.entries(o).flatMap(([f, v]): ParamPair[] => (v === undefined ? [] : [[`${name}.${i + 1}.${f}`, v]]))),
      ),
      objects.map((list): ParamPair[] => [[name, JSON.stringify(list)]]),
      garbage.map((v): ParamPair[] => [[name, v]]),
      deepJson.map((v): ParamPair[] => [[name, v]]),
      // Odd keys, beside real fields or alone, as name.N.key and inside JSON text.
      fc
        .tuple(objects, oddKey, scalarValue(fields[Object.keys(fields)[0]!]!, ids))
        .map(([list, key, v]): ParamPair[] => [
          ...list.flatMap((o, i) =>
            Object.entries(o).flatMap(([f, fv]): ParamPair[] => (fv === undefined ? [] : [[`${name}.${i + 1}.${f}`, fv]])),
          ),
          [`${name}.1.${key}`, v],
        ]),
      fc
        .tuple(oddKey, deepJson, fc.boolean())
        .map(([key, inner, nested]): ParamPair[] => [[name, `[{"${key}":${nested ? inner : '"x"'}}]`]]),
      fc
        .tuple(Object.keys(fields).length > 0 ? fc.constantFrom(...Object.keys(fields)) : fc.constant('x'), deepJson)
        .map(([field, v]): ParamPair[] => [[name, `[{"${field}":${v}}]`]]),
    )
  }
  if (kind === 'json') {
    return fc.oneof(
      fc.jsonValue().map((v): ParamPair[] => [[name, JSON.stringify(v)]]),
      garbage.map((v): ParamPair[] => [[name, v]]),
      deepJson.map((v): ParamPair[] => [[name, v]]),
      oddKey.map((key): ParamPair[] => [[name, `{"${key}":{"a":1}}`]]),
    )
  }
  // A string that a handler parses as JSON (a principle) may be deep too.
  if (kind === 'string')
    return fc.oneof(
      { weight: 6, arbitrary: scalarValue(spec, ids).map((v): ParamPair[] => [[name, v]]) },
      { weight: 1, arbitrary: deepJson.map((v): ParamPair[] => [[name, v]]) },
    )
  return scalarValue(spec, ids).map((v): ParamPair[] => [[name, v]])
}

export interface FuzzRequest {
  action: string
  pairs: ParamPair[]
  verb: 'GET' | 'POST'
}

/** A request for a registry action (or a made-up one), its parameters present, absent or broken. */
export function fuzzRequest(ids: readonly string[], zones: readonly string[]): fc.Arbitrary<FuzzRequest> {
  const entries = Object.entries(actions) as Array<[string, AnyAction]>
  const known = fc.constantFrom(...entries).chain(([name, descriptor]) => {
    const params = Object.entries(descriptor.params as Record<string, AnyParam>).map(([param, spec]) =>
      fc.option(paramPairs(param, spec, ids), { nil: undefined, freq: 3 }),
    )
    return fc.tuple(fc.constant(name), fc.tuple(...params))
  })
  const unknown = fc.tuple(
    fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('describeZones', 'DescribeZone', 'Describe Zones')),
    fc.constant([]),
  )
  const zone = fc.option(fc.oneof(fc.constantFrom(...zones), garbage), { nil: undefined, freq: 6 })
  const extra = fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), garbage), { maxLength: 3 })
  return fc
    .tuple(
      fc.oneof({ weight: 9, arbitrary: known }, { weight: 1, arbitrary: unknown }),
      zone,
      extra,
      fc.constantFrom<'GET' | 'POST'>('GET', 'POST'),
    )
    .map(([[action, params], zoneValue, extras, verb]) => {
      const pairs: ParamPair[] = (params as Array<ParamPair[] | undefined>).flatMap((p) => p ?? [])
      if (zoneValue !== undefined) pairs.push(['zone', zoneValue])
      // Extra names must not shadow the common parameters the signer adds.
      for (const [k, v] of extras)
        if (!/^(action|access_key_id|signature|signature_method|signature_version|time_stamp|version|expires)$/.test(k)) pairs.push([k, v])
      // A URL is limited to 16 KiB by Node's HTTP parser (431): long requests go as a POST body.
      const long = pairs.reduce((n, [k, v]) => n + k.length + v.length, 0) > 6000
      return { action, pairs, verb: long ? 'POST' : verb }
    })
}
