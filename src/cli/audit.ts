import { Command, InvalidArgumentError, Option } from 'commander'
import { actions } from '../protocol/actions/index.js'
import type { AuditEvent } from '../protocol/records/audit-event.js'
import type { QingClient } from '../sdk/index.js'
import { addConnectionOptions, connect, type CliEnvironment, type ConnectionFlags } from './connect.js'
import { render } from './output.js'
import type { Io } from './run.js'

/**
 * `qingstack audit`: the audit log (docs/operator.md#audit-log) with short flags, and `--follow`
 * to print events as they come. It calls DescribeAuditEvents like any API command.
 */

interface AuditFlags extends ConnectionFlags {
  action?: string
  user?: string
  resource?: string
  requestId?: string
  failed?: boolean
  since?: string
  follow?: boolean
}

type Filters = {
  action_name?: string
  user?: string
  resource?: string
  request_id?: string
  failed?: boolean
  start_time?: string
}

const POLL_MS = 1000
/** Events are written behind by up to a second or so: each poll looks this far back, and skips what it printed. */
const LOOK_BACK_MS = 10_000
const PAGE = 100
const COLUMNS = ['event_time', 'request_id', 'user_id', 'action', 'ret_code', 'resource_ids', 'message']

/** `10m`, `30s`, `2h`, `7d`, or a UTC time: the `start_time` it means. */
export function sinceTime(text: string, now: number): string {
  const relative = /^(\d{1,9})([smhd])$/.exec(text)
  if (relative) {
    const unit = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[relative[2] as 's' | 'm' | 'h' | 'd']
    return new Date(now - Number(relative[1]) * unit).toISOString()
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(text)) return text
  throw new InvalidArgumentError('must be a duration such as 30s, 10m, 2h, 7d, or a UTC time such as 2026-01-15T08:00:00Z')
}

export function auditCommand(where: CliEnvironment, io: Io): Command {
  const command = new Command('audit')
    .summary('the audit log: what was called, by whom, and why it was refused')
    .description(
      [
        'List the audit log (DescribeAuditEvents), newest first: your own requests, those on the resources',
        'of the projects you own or administer, and for root every request. --follow prints new events',
        'as they come, oldest first, until interrupted. See docs/operator.md#audit-log.',
      ].join('\n'),
    )
    .option('--action <name>', 'an action, or the start of one (Describe)')
    .option('--user <user>', 'user ID or e-mail')
    .option('--resource <id>', 'requests naming or creating this resource')
    .option('--request-id <id>', 'the request of this X-Request-Id')
    .option('--failed', 'only refused or failed requests')
    .addOption(
      new Option('--since <when>', 'only events since: 30s, 10m, 2h, 7d, or a UTC time').argParser((text) => sinceTime(text, Date.now())),
    )
    .option('--follow', 'keep printing new events as they come')
  addConnectionOptions(command)
  return command.action(async (flags: AuditFlags) => {
    const filters: Filters = {
      ...(flags.action && { action_name: flags.action }),
      ...(flags.user && { user: flags.user }),
      ...(flags.resource && { resource: flags.resource }),
      ...(flags.requestId && { request_id: flags.requestId }),
      ...(flags.failed && { failed: true }),
      ...(flags.since && { start_time: flags.since }),
    }
    const client = connect(flags, where)
    if (flags.follow) return follow(client, io, filters, flags)
    const answer = await client.describeAuditEvents({ ...filters, limit: PAGE })
    io.stdout.write(render(answer, flags.output, { ...flags, columns: flags.columns ?? (flags.allColumns ? undefined : COLUMNS) }))
  })
}

/**
 * Prints each new event once, oldest first: one JSON object a line (`-o json`) or one table row.
 * Its own polls (DescribeAuditEvents with this key) are left out. Runs until the process is stopped.
 */
async function follow(client: QingClient, io: Io, filters: Filters, flags: AuditFlags): Promise<never> {
  const own = client.options.accessKeyId
  const printed = new Map<string, string>()
  // Without --since, follow starts after the newest event there is, whatever the server's clock says.
  let cursor = filters.start_time
  if (cursor === undefined) {
    const [newest] = (await client.describeAuditEvents({ ...filters, limit: 1 })).audit_event_set
    if (newest) printed.set(newest.request_id, newest.event_time)
    cursor = newest?.event_time ?? new Date(0).toISOString()
  }
  // The look-back finds events written behind; those from before the start were not asked for.
  const floor = cursor
  if (flags.output === 'table') io.stdout.write(`${COLUMNS.join('  ')}\n`)
  for (;;) {
    const from = new Date(Date.parse(cursor) - LOOK_BACK_MS).toISOString()
    for (let offset = 0; ; offset += PAGE) {
      const page = await client.describeAuditEvents({ ...filters, start_time: from, reverse: true, offset, limit: PAGE })
      for (const event of page.audit_event_set) {
        if (printed.has(event.request_id) || event.event_time < floor) continue
        printed.set(event.request_id, event.event_time)
        if (event.event_time > cursor) cursor = event.event_time
        if (event.action === actions.DescribeAuditEvents.name && event.access_key_id === own) continue
        io.stdout.write(flags.output === 'json' ? `${JSON.stringify(event)}\n` : `${row(event)}\n`)
      }
      if (page.audit_event_set.length < PAGE) break
    }
    // What is older than the look-back window can not come again.
    for (const [id, time] of printed) if (Date.parse(time) < Date.parse(cursor) - 2 * LOOK_BACK_MS) printed.delete(id)
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}

function row(event: AuditEvent): string {
  return [
    event.event_time,
    event.request_id,
    event.user_id ?? `(${event.access_key_id ?? 'no key'})`,
    event.action ?? '-',
    String(event.ret_code),
    event.resource_ids.join(',') || '-',
    event.message,
  ]
    .join('  ')
    .trimEnd()
}
