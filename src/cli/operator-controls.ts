import { Command, InvalidArgumentError, Option } from 'commander'
import { actions } from '../protocol/actions/index.js'
import { addConnectionOptions, connect, type CliEnvironment, type ConnectionFlags } from './connect.js'
import { addOutputOptions } from './output.js'
import { runCall, type Io } from './run.js'

/**
 * The operator's controls as users type them (docs/operator.md): `qingstack clock`,
 * `qingstack faults add|list|delete`, `qingstack explain`. Each is one call of the qingstack
 * service's actions, found like the API commands (config.yaml, `-f`, `--endpoint`).
 */
export function operatorControlCommands(where: CliEnvironment, io: Io): Command[] {
  return [clockCommand(where, io), faultsCommand(where, io), explainCommand(where, io)]
}

function clockCommand(where: CliEnvironment, io: Io): Command {
  const call = (action: string, params: Record<string, unknown>, options: ConnectionFlags) =>
    runCall(connect(options, where), io, { action, params }, options)
  const clock = addConnectionOptions(
    new Command('clock')
      .summary("show or move the simulated world's clock")
      .description(
        [
          "Show the simulated world's clock (DescribeClock); `clock advance <seconds>` moves it forward (AdvanceClock),",
          '`clock reset` puts it back on the wall clock (ResetClock). Jobs, record times and the recycle bin follow it;',
          'signatures keep the wall clock. Root only.',
        ].join('\n'),
      ),
  ).action((options: ConnectionFlags) => call(actions.DescribeClock.name, {}, options))
  clock.addCommand(
    addConnectionOptions(new Command('advance').summary('move the clock forward (AdvanceClock)'))
      .argument('<seconds>', 'how many seconds', positiveInt)
      // optsWithGlobals: `clock advance 60 -f config.yaml` gives `-f` to `clock`, where commander reads it.
      .action((seconds: number, _options: ConnectionFlags, command: Command) =>
        call(actions.AdvanceClock.name, { seconds }, command.optsWithGlobals<ConnectionFlags>()),
      ),
  )
  clock.addCommand(
    addConnectionOptions(new Command('reset').summary('back on the wall clock (ResetClock)')).action(
      (_options: ConnectionFlags, command: Command) => call(actions.ResetClock.name, {}, command.optsWithGlobals<ConnectionFlags>()),
    ),
  )
  return clock
}

interface FaultFlags extends Omit<ConnectionFlags, 'zone'> {
  action: string
  user?: string
  zone?: string
  resource?: string
  count?: number
  probability?: string
  expiresIn?: number
  retCode?: number
  message?: string
  delayMs?: number
  failJob?: number
  drop?: boolean
}

function faultsCommand(where: CliEnvironment, io: Io): Command {
  const faults = new Command('faults').summary('inject faults: add, list and delete fault rules (root only)')
  // `--zone` is the rule's zone here; the qingstack service's actions take no zone of their own.
  const add = new Command('add')
    .summary('add a fault rule (CreateFaultRules)')
    .description(
      [
        'Add a fault rule. Examples:',
        '  qingstack faults add --action RunInstances --count 2 --ret-code 5100',
        "  qingstack faults add --action 'Describe*' --user alice@example.com --probability 0.2 --expires-in 600 --delay-ms 1500",
        '  qingstack faults add --action RunInstances --count 1 --fail-job 5200',
      ].join('\n'),
    )
    .requiredOption('--action <action>', 'the action, or a prefix ending in * (Describe*)')
    .option('--user <user>', 'only requests of this user (user ID or e-mail)')
    .option('--zone <zone>', 'only requests in this zone')
    .option('--resource <id>', 'only requests naming this resource ID')
    .option('--count <n>', 'the next N matching requests', positiveInt)
    .option('--probability <p>', 'each matching request with this probability (0 to 1), until it expires')
    .option('--expires-in <seconds>', 'the rule stops applying after this many seconds', positiveInt)
    .option('--ret-code <code>', 'answer with this ret_code', positiveInt)
    .option('--message <text>', 'with --ret-code: the message')
    .option('--delay-ms <ms>', 'delay the answer', positiveInt)
    .option('--fail-job <code>', "the request's job ends failed with this code", positiveInt)
    .option('--drop', 'close the connection without an answer')
    .addOption(new Option('-f, --config <file>', 'QingCloud config file (default: <data dir>/config.yaml)'))
    .addOption(new Option('--endpoint <url>', 'API endpoint, e.g. http://127.0.0.1:7878/iaas/'))
  addOutputOptions(add)
  add.action(async (o: FaultFlags, self: Command) => {
    if ((o.count === undefined) === (o.probability === undefined)) self.error('error: give one of --count and --probability')
    const effects = [o.retCode, o.delayMs, o.failJob, o.drop].filter((e) => e !== undefined)
    if (effects.length !== 1) self.error('error: give one of --ret-code, --delay-ms, --fail-job and --drop')
    const params = {
      fault_action: o.action,
      user: o.user,
      target_zone: o.zone,
      resource: o.resource,
      count: o.count,
      probability: o.probability,
      expires_in: o.expiresIn,
      ret_code: o.retCode,
      message: o.message,
      delay_ms: o.delayMs,
      fail_job: o.failJob,
      drop: o.drop,
    }
    const { zone: _ruleZone, ...connection } = o
    await runCall(connect(connection, where), io, { action: actions.CreateFaultRules.name, params: defined(params) }, o)
  })
  faults.addCommand(add)
  faults.addCommand(
    addConnectionOptions(new Command('list').summary('list the fault rules (DescribeFaultRules)')).action((options: ConnectionFlags) =>
      runCall(connect(options, where), io, { action: actions.DescribeFaultRules.name, params: { limit: 100 } }, options),
    ),
  )
  faults.addCommand(
    addConnectionOptions(new Command('delete').summary('delete fault rules (DeleteFaultRules)'))
      .argument('<rule-id...>', 'fault rule IDs')
      .action((ids: string[], options: ConnectionFlags) =>
        runCall(connect(options, where), io, { action: actions.DeleteFaultRules.name, params: { fault_rules: ids } }, options),
      ),
  )
  return faults
}

function explainCommand(where: CliEnvironment, io: Io): Command {
  return addConnectionOptions(
    new Command('explain')
      .summary('say whether a user may make a request, and why (ExplainPermission)')
      .description(
        [
          'The verdict the server would give a request of the user, and why: whose each resource is, the project',
          'it is reached through, the role and the rule that grants or is missing. Nothing is executed.',
          '  qingstack explain --user alice@example.com StopInstances instances.1=i-abcd1234',
        ].join('\n'),
      )
      .requiredOption('--user <user>', 'user ID or e-mail')
      .argument('<action>', 'the action, e.g. StopInstances')
      .argument('[params...]', 'its parameters as key=value pairs on the wire (instances.1=i-…)'),
  ).action(async (action: string, params: string[], options: ConnectionFlags & { user: string }, self: Command) => {
    const bad = params.find((text) => text.indexOf('=') <= 0)
    if (bad !== undefined) self.error(`error: parameter "${bad}" is not key=value`)
    const call = { user: options.user, action_name: action, parameters: params }
    await runCall(connect(options, where), io, { action: actions.ExplainPermission.name, params: call }, options)
  })
}

function positiveInt(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive whole number')
  return n
}

function defined(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined))
}
