import { Command } from 'commander'
import { actions } from '../protocol/actions/index.js'
import type { AnyAction } from '../protocol/define.js'
import { loadConfig } from '../server/config.js'
import { actionCommand, callCommand, serviceCommands } from './actions.js'
import { adminCommands } from './admin.js'
import type { CliEnvironment } from './connect.js'
import type { Io } from './run.js'

/**
 * The whole `qingstack` command line: the server (`start`), administration (`users`, `keys`), and the
 * API (`call`, and one command per action, grouped by service).
 */
export function buildProgram(where: CliEnvironment, io: Io): Command {
  const program = new Command()
    .name('qingstack')
    .description('A QingCloud IaaS API server, and its command line.')
    .addHelpText(
      'after',
      [
        '',
        'API commands (one group per service, one command per action) read the client config that',
        '`qingstack start` writes into its data directory, else ~/.qingcloud/config.yaml, else',
        'QY_ACCESS_KEY_ID and QY_SECRET_ACCESS_KEY; -f names another file.',
        '',
        'Examples:',
        '  qingstack volume create-volumes --size 20 --count 2 --wait',
        '  qingstack volume describe-volumes --status available --all -o table',
        '  qingstack call DescribeZones',
      ].join('\n'),
    )
    .showHelpAfterError()

  program
    .command('start')
    .description('serve the API (settings from QINGSTACK_* and DATABASE_URL, see README)')
    .option('--processes <n>', 'server processes on one port (PostgreSQL only); default QINGSTACK_PROCESSES or 1')
    .action(async (options: { processes?: string }) => {
      const env = options.processes === undefined ? where.env : { ...where.env, QINGSTACK_PROCESSES: options.processes }
      const { startServer } = await import('../server/main.js')
      await startServer(loadConfig(env))
    })
  for (const command of adminCommands(io, where.env)) program.addCommand(command)
  program.addCommand(callCommand(where, io))
  for (const command of serviceCommands(where, io)) program.addCommand(command)
  // `qingstack create-volumes …` works too, as in QingCloud's CLI where commands are not grouped.
  for (const descriptor of Object.values(actions) as AnyAction[]) {
    program.addCommand(actionCommand(descriptor, where, io), { hidden: true })
  }
  return program
}
