import { Command, Option } from 'commander'
import { loadConfig } from '../server/config.js'
import type { CliEnvironment } from './connect.js'
import { packageVersion } from './version.js'

/** The top-level command with its help, before any subcommand is added. */
export function baseProgram(): Command {
  const program = new Command()
    .name('qingstack')
    .description('A QingCloud IaaS API server, and its command line.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .addHelpText(
      'after',
      [
        '',
        'API commands (one group per service, one command per action) read the client config that',
        '`qingstack start` writes into its data directory, else ~/.qingcloud/config.yaml; with neither,',
        'they call the local server (QINGSTACK_HOST, QINGSTACK_PORT) with QY_ACCESS_KEY_ID and',
        'QY_SECRET_ACCESS_KEY. -f names another file, --endpoint another server.',
        '',
        'Examples:',
        '  qingstack volume create-volumes --size 20 --count 2 --wait',
        '  qingstack volume describe-volumes --status available --all -o table',
        '  qingstack call DescribeZones',
      ].join('\n'),
    )
    .showHelpAfterError()
  program
    .command('version')
    .description('print the version')
    .action(() => {
      process.stdout.write(`${packageVersion()}\n`)
    })
  return program
}

/** `start` flags and the variables they stand for; a flag wins over its variable. */
const startFlags = [
  ['--port <port>', 'QINGSTACK_PORT', 'port to listen on (0: any free one)'],
  ['--host <host>', 'QINGSTACK_HOST', 'address to listen on'],
  ['--data-dir <dir>', 'QINGSTACK_DATA_DIR', 'SQLite store and config.yaml'],
  ['--timing <timing>', 'QINGSTACK_TIMING', 'job durations: realistic or instant'],
  ['--processes <n>', 'QINGSTACK_PROCESSES', 'server processes on one port (PostgreSQL only)'],
] as const

/** `qingstack start`: the server, loaded only when asked for. */
export function addStartCommand(program: Command, where: CliEnvironment): void {
  const command = program.command('start').description('serve the API (settings from flags, QINGSTACK_* and DATABASE_URL, see README)')
  for (const [flags, variable, help] of startFlags) command.addOption(new Option(flags, `${help} (default: ${variable})`))
  command.action(async (options: Record<string, string | undefined>) => {
    const env = { ...where.env }
    for (const [flags, variable] of startFlags) {
      const value = options[new Option(flags).attributeName()]
      if (value !== undefined) env[variable] = value
    }
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
