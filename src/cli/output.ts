/**
 * How the CLI prints an answer: `json` (the default, the whole answer as QingCloud sent it) or `table`
 * (the records of a `<thing>_set` as rows, other answers as field/value pairs).
 */
export const outputFormats = ['json', 'table'] as const
export type OutputFormat = (typeof outputFormats)[number]

const MAX_CELL = 60

export function render(body: object, format: OutputFormat): string {
  const answer = body as Record<string, unknown>
  if (format === 'json') return `${JSON.stringify(answer, null, 2)}\n`
  const setKey = Object.keys(answer).find((key) => key.endsWith('_set') && Array.isArray(answer[key]))
  if (setKey === undefined) {
    const rows = Object.entries(answer)
      .filter(([key]) => key !== 'action' && key !== 'ret_code')
      .map(([key, value]) => ({ field: key, value: cell(value) }))
    return table(['field', 'value'], rows)
  }
  const records = answer[setKey] as Array<Record<string, unknown>>
  const columns: string[] = []
  for (const record of records) {
    for (const [key, value] of Object.entries(record)) {
      if (!columns.includes(key) && (value === null || typeof value !== 'object')) columns.push(key)
    }
  }
  const rows = records.map((record) => Object.fromEntries(columns.map((c) => [c, cell(record[c])])))
  const total = typeof answer.total_count === 'number' ? `total_count: ${answer.total_count}\n` : ''
  return `${records.length === 0 ? `(no ${setKey.replace(/_set$/, '')} records)\n` : table(columns, rows)}${total}`
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
    cells.map((text, i) => (i === cells.length - 1 ? text : text.padEnd(widths[i]!))).join('  ').trimEnd()
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map((row) => line(columns.map((c) => row[c] ?? '')))]
    .map((text) => `${text}\n`)
    .join('')
}
