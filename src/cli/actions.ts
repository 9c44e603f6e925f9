import { Command, Option } from 'commander'
import { actions } from '../protocol/actions/index.js'
import { services, type AnyAction } from '../protocol/define.js'
import type { ParamPair } from '../protocol/signing.js'
import { commandName, isPaged, serviceCommandName } from '../protocol/surface.js'
import { addConnectionOptions, connect, type CliEnvironment, type ConnectionFlags } from './connect.js'
import { paramFlags, readParams } from './flags.js'
import { addWaitOptions, runCall, type Io, type RunFlags } from './run.js'

/**
 * The API commands, all derived from the registry: one group per service (`qingstack volume`), one
 * command per action in it (`create-volumes`), flags from the parameters and help from the summary.
 */

export function actionCommand(descriptor: AnyAction, where: CliEnvironment, io: Io): Command {
  const flags = paramFlags(descriptor.params)
  const command = new Command(commandName(descriptor.name)).summary(descriptor.summary).description(longHelp(descriptor))
  for (const flag of flags) {
    command.addOption(flag.option)
    if (flag.alias) command.addOption(flag.alias)
  }
  // Every action of another service takes QingCloud's common `project_id` (docs/projects.md).
  const projectWide = !('project_id' in descriptor.params)
  if (projectWide) {
    command.addOption(
      new Option('--project-id <id>', 'act in this project: a Describe* lists its items, a creation adds to it').helpGroup(
        'Connection and output:',
      ),
    )
  }
  addConnectionOptions(command)
  if (descriptor.mode === 'async') addWaitOptions(command)
  if (isPaged(descriptor)) {
    command.addOption(new Option('--all', 'fetch every page (offset and limit are managed)').helpGroup('Connection and output:'))
  }
  return command.action(async (options: ConnectionFlags & RunFlags & Record<string, unknown>, self: Command) => {
    const { params, missing } = readParams(flags, options)
    if (missing.length > 0) self.error(`error: required option ${missing.join(', ')} not specified`)
    if (projectWide && typeof options.projectId === 'string') params.project_id = options.projectId
    await runCall(connect(options, where), io, { action: descriptor.name, params }, options)
  })
}

function longHelp(descriptor: AnyAction): string {
  const mode =
    descriptor.mode === 'async'
      ? 'Asynchronous: answers a job_id at once; --wait follows the job to its end.'
      : 'Synchronous: the answer is the result.'
  const { resource, operation } = descriptor.permission
  const who =
    descriptor.service === 'qingstack'
      ? `qingstack's own action ${descriptor.name} (endpoint /qingstack/); callers: ${descriptor.callers === 'root' ? 'the root user alone' : 'any user'}.`
      : `Action ${descriptor.name}; project permission ${resource}:${operation}.`
  return [descriptor.summary, '', mode, who, `Reference: docs/api/${descriptor.service}.md#${descriptor.name.toLowerCase()}`].join('\n')
}

/** One command group per service that has actions. */
export function serviceCommands(where: CliEnvironment, io: Io): Command[] {
  const all = Object.values(actions) as AnyAction[]
  return services.flatMap((service) => {
    const mine = all.filter((descriptor) => descriptor.service === service)
    if (mine.length === 0) return []
    const group = new Command(serviceCommandName(service)).description(
      `the ${mine.length} ${service} action${mine.length === 1 ? '' : 's'}`,
    )
    for (const descriptor of mine) group.addCommand(actionCommand(descriptor, where, io))
    return [group]
  })
}

/** `qingstack call <Action> key=value…`: any action, parameters as they go on the wire. */
export function callCommand(where: CliEnvironment, io: Io): Command {
  const command = new Command('call')
    .summary('call any action with key=value parameters as they go on the wire')
    .description(
      [
        'Call any action with parameters as QingCloud takes them on the wire:',
        '  qingstack call DescribeVolumes volumes.1=vol-a volumes.2=vol-b status.1=available',
        '  qingstack call AddSecurityGroupRules security_group=sg-a rules.1.protocol=tcp rules.1.priority=1',
        `  qingstack call CreateProject project_name=demo 'meta=[{"color":"#324558"}]'`,
        'Also works for actions this server does not implement (the answer is then 1101).',
      ].join('\n'),
    )
    .argument('<action>', 'the action name, e.g. DescribeZones')
    .argument('[params...]', 'key=value pairs; key may be name.N or name.N.field, value may be JSON text')
  addConnectionOptions(command)
  addWaitOptions(command)
  return command.action(async (action: string, params: string[], options: ConnectionFlags & RunFlags, self: Command) => {
    const pairs: ParamPair[] = []
    for (const text of params) {
      const eq = text.indexOf('=')
      if (eq <= 0) self.error(`error: parameter "${text}" is not key=value`)
      pairs.push([text.slice(0, eq), text.slice(eq + 1)])
    }
    await runCall(connect(options, where), io, { action, pairs }, options)
  })
}
