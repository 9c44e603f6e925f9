import { type Command, InvalidArgumentError, Option } from 'commander'

/**
 * How the CLI prints an answer: `json` (the default, the whole answer as QingCloud sent it) or `table`
 * (the records of a `<thing>_set` as rows, other answers as field/value pairs).
 */
export const outputFormats = ['json', 'table'] as const
export type OutputFormat = (typeof outputFormats)[number]

/** -o, and for tables the columns to show. */
export interface OutputFlags {
  output: OutputFormat
  columns?: string[] | undefined
  allColumns?: boolean | undefined
}

const MAX_CELL = 60

/**
 * Besides id, name, status and transition_status, the few fields a table of each record type shows
 * by default; `--columns` picks others, `--all-columns` shows every scalar field.
 */
const tableExtras: ReadonlyMap<string, readonly string[]> = new Map([
  ['instance_set', ['instance_type', 'vcpus_current', 'memory_current', 'image_id']],
  ['volume_set', ['size', 'volume_type']],
  ['image_set', ['os_family', 'platform', 'provider', 'visibility']],
  ['snapshot_set', ['snapshot_type', 'size']],
  ['eip_set', ['eip_addr', 'bandwidth']],
  ['vxnet_set', ['vxnet_type']],
  ['router_set', ['private_ip']],
  ['security_group_set', ['is_default']],
  ['security_group_rule_set', ['protocol', 'direction', 'priority', 'action', 'val1', 'val2', 'val3']],
  ['keypair_set', ['encrypt_method']],
  ['job_set', ['job_action']],
  ['project_member_set', ['project_member_info', 'group_role_name', 'is_project_owner']],
  ['group_role_set', ['role_type']],
  ['user_set', ['email', 'role']],
  ['access_key_set', ['access_key_name', 'owner']],
  ['tag_set', ['color', 'resource_count']],
])

export function addOutputOptions(command: Command, group?: string): Command {
  const grouped = (option: Option) => (group === undefined ? option : option.helpGroup(group))
  return command
    .addOption(grouped(new Option('-o, --output <format>', 'json or table').choices(outputFormats).default('json')))
    .addOption(
      grouped(new Option('--columns <names>', 'table columns, e.g. volume_id,size,status (default: the main ones)').argParser(columnList)),
    )
    .addOption(grouped(new Option('--all-columns', 'a table shows every field')))
}

function columnList(value: string): string[] {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  if (names.length === 0) throw new InvalidArgumentError('name at least one column')
  return names
}

export function render(body: object, format: OutputFormat, view: Omit<OutputFlags, 'output'> = {}): string {
  const answer = body as Record<string, unknown>
  if (format === 'json') return `${JSON.stringify(answer, null, 2)}\n`
  const setKey = Object.keys(answer).find((key) => key.endsWith('_set') && Array.isArray(answer[key]))
  if (setKey === undefined) {
    const rows = Object.entries(answer)
      .filter(([key]) => key !== 'action' && key !== 'ret_code')
      .filter(([key]) => view.columns === undefined || view.columns.includes(key))
      .map(([key, value]) => ({ field: key, value: cell(value) }))
    return table(['field', 'value'], rows)
  }
  const records = answer[setKey] as Array<Record<string, unknown>>
  const scalar: string[] = []
  for (const record of records) {
    for (const [key, value] of Object.entries(record)) {
      if (!scalar.includes(key) && (value === null || typeof value !== 'object')) scalar.push(key)
    }
  }
  const columns = view.columns ?? (view.allColumns ? scalar : defaultColumns(setKey, scalar))
  const rows = records.map((record) => Object.fromEntries(columns.map((c) => [c, cell(Object.hasOwn(record, c) ? record[c] : undefined)])))
  const total = typeof answer.total_count === 'number' ? `total_count: ${answer.total_count}\n` : ''
  return `${records.length === 0 ? `(no ${setKey.replace(/_set$/, '')} records)\n` : table(columns, rows)}${total}`
}

/** id, name, the type's few extras, status, transition_status: those the records have. */
function defaultColumns(setKey: string, present: readonly string[]): string[] {
  const type = setKey.replace(/_set$/, '')
  const id = present.includes(`${type}_id`) ? `${type}_id` : present.find((key) => key.endsWith('_id'))
  const name = present.includes(`${type}_name`) ? `${type}_name` : present.find((key) => key.endsWith('_name'))
  const wanted = [id, name, ...(tableExtras.get(setKey) ?? []), 'status', 'transition_status']
  const columns = [...new Set(wanted.filter((key): key is string => key !== undefined && present.includes(key)))]
  return columns.length >= 2 ? columns : [...present]
}

function cell(value: unknown): string {
  let text: string
  if (value === null || value === undefined) text = ''
  else if (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object')) text = value.join(', ')
  else text = typeof value === 'object' ? JSON.stringify(value) : String(value)
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text
}

function table(columns: readonly string[], rows: ReadonlyArray<Record<string, string>>): string {
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((row) => (row[c] ?? '').length)))
  const line = (cells: readonly string[]) =>
    cells
      .map((text, i) => (i === cells.length - 1 ? text : text.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd()
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map((row) => line(columns.map((c) => row[c] ?? '')))]
    .map((text) => `${text}\n`)
    .join('')
}
