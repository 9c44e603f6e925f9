import { Command } from 'commander'
import { loadConfig } from '../server/config.js'
import type { CliEnvironment } from './connect.js'

/** The top-level command with its help, before any subcommand is added. */
export function baseProgram(): Command {
  return new Command()
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
}

/** `qingstack start`: the server, loaded only when asked for. */
export function addStartCommand(program: Command, where: CliEnvironment): void {
  program
    .command('start')
    .description('serve the API (settings from QINGSTACK_* and DATABASE_URL, see README)')
    .option('--processes <n>', 'server processes on one port (PostgreSQL only); default QINGSTACK_PROCESSES or 1')
    .action(async (options: { processes?: string }) => {
      const env = options.processes === undefined ? where.env : { ...where.env, QINGSTACK_PROCESSES: options.processes }
      const { startServer } = await import('../server/main.js')
      await startServer(loadConfig(env))
    })
}

/**
 * `qingstack start …` parses the same with a program that holds only `start`: building the several
 * hundred API commands costs a start-up a tenth of its time to the first answer, for nothing.
 */
export function startProgram(where: CliEnvironment): Command {
  const program = baseProgram()
  addStartCommand(program, where)
  return program
}
