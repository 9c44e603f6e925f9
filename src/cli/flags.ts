import { InvalidArgumentError, Option } from 'commander'
import type { AnyParam, ParamShape } from '../protocol/params.js'

/**
 * Command-line flags derived from an action's parameters. A flag carries the parameter's exact
 * QingCloud name (`--volume_name`, as QingCloud's own CLI spells it), and the kebab-case spelling
 * (`--volume-name`) works too. Values take the forms a shell makes easy:
 *
 *   scalars     --size 20
 *   flags       --force  (or --force 0 / --force 1)
 *   lists       --volumes vol-a,vol-b  or  --volumes vol-a --volumes vol-b  or  --volumes '["vol-a"]'
 *   objects     --rules protocol=tcp,priority=1  (repeat for more)  or  --rules '[{"protocol":"tcp"}]'
 *   JSON text   --meta '[{"color":"#324558"}]'
 */

/** The common wire parameter a global flag already sets; an action param of this name is not repeated. */
export const COMMON_PARAMS = new Set(['zone'])

export interface ParamFlag {
  param: string
  spec: AnyParam
  option: Option
  alias: Option | undefined
}

/** The options of one parameter: the exact name, plus a hidden kebab-case alias when it differs. */
export function paramFlag(param: string, spec: AnyParam): ParamFlag {
  const option = new Option(`--${param} ${valueHint(spec)}`, describeParam(spec)).helpGroup('Parameters:')
  configure(option, spec)
  const kebab = param.replaceAll('_', '-')
  const alias = kebab === param ? undefined : configure(new Option(`--${kebab} ${valueHint(spec)}`).hideHelp(), spec)
  return { param, spec, option, alias }
}

export function paramFlags(params: ParamShape): ParamFlag[] {
  return Object.entries(params)
    .filter(([name]) => !COMMON_PARAMS.has(name))
    .map(([name, spec]) => paramFlag(name, spec))
}

/** The call parameters given on the command line; names of required ones missing are returned apart. */
export function readParams(
  flags: readonly ParamFlag[],
  values: Record<string, unknown>,
): { params: Record<string, unknown>; missing: string[] } {
  const params: Record<string, unknown> = {}
  const missing: string[] = []
  for (const flag of flags) {
    const value = values[flag.option.attributeName()] ?? (flag.alias ? values[flag.alias.attributeName()] : undefined)
    if (value !== undefined) params[flag.param] = value
    else if (flag.spec.mode === 'required') missing.push(`--${flag.param}`)
  }
  return { params, missing }
}

function valueHint(spec: AnyParam): string {
  switch (spec.kind) {
    case 'flag':
      return '[0|1]'
    case 'int':
      return '<n>'
    case 'list':
      return '<items>'
    case 'objects':
      return '<k=v,...|json>'
    case 'json':
      return '<json>'
    default:
      return '<value>'
  }
}

function describeParam(spec: AnyParam): string {
  const { doc, enumValues, defaultValue, item, fields } = spec.state
  const facts: string[] = []
  const values = enumValues ?? item?.state.enumValues
  // An enum's choices are listed by commander itself.
  if (values && spec.kind !== 'enum') facts.push(`one${spec.kind === 'list' ? ' or more' : ''} of: ${values.join(', ')}`)
  if (fields) facts.push(`fields: ${Object.keys(fields).join(', ')}`)
  const text = [doc, ...facts].filter(Boolean).join('; ')
  if (spec.mode === 'required') return `${text} (required)`
  return spec.mode === 'defaulted' ? `${text} (default: ${JSON.stringify(defaultValue)})` : text
}

function configure(option: Option, spec: AnyParam): Option {
  switch (spec.kind) {
    case 'flag':
      return option.preset('1').argParser(parseFlag)
    case 'int':
      return option.argParser(parseInteger)
    case 'enum':
      return option.choices(spec.state.enumValues ?? [])
    case 'list':
      return option.argParser(collectList)
    case 'objects':
      return option.argParser(collectObjects)
    case 'json':
      return option.argParser(parseJson)
    default:
      return option
  }
}

function parseFlag(value: string): boolean {
  if (/^(1|true)$/i.test(value)) return true
  if (/^(0|false)$/i.test(value)) return false
  throw new InvalidArgumentError('must be 0, 1, true or false')
}

function parseInteger(value: string): number {
  if (!/^[+-]?\d{1,15}$/.test(value.trim())) throw new InvalidArgumentError('must be an integer')
  return Number(value)
}

function parseJson(value: string): unknown {
  try {
    return JSON.parse(value)
  } catch {
    throw new InvalidArgumentError('must be JSON text')
  }
}

function collectList(value: string, previous: unknown): string[] {
  const items = value.trim().startsWith('[')
    ? asArray(parseJson(value)).map((item) => (typeof item === 'string' ? item : JSON.stringify(item)))
    : value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
  return [...((previous as string[] | undefined) ?? []), ...items]
}

function collectObjects(value: string, previous: unknown): Array<Record<string, unknown>> {
  const text = value.trim()
  const items = text.startsWith('[') || text.startsWith('{') ? asArray(parseJson(text)) : [parsePairs(text)]
  for (const item of items) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) throw new InvalidArgumentError('each item must be an object')
  }
  return [...((previous as Array<Record<string, unknown>> | undefined) ?? []), ...(items as Array<Record<string, unknown>>)]
}

/** `protocol=tcp,priority=1` → `{ protocol: 'tcp', priority: '1' }`. */
function parsePairs(text: string): Record<string, string> {
  const item: Record<string, string> = {}
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=')
    if (eq <= 0) throw new InvalidArgumentError(`"${pair}" is not key=value`)
    item[pair.slice(0, eq).trim()] = pair.slice(eq + 1)
  }
  return item
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value]
}
