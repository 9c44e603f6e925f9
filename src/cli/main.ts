import { Command } from 'commander'
import { createUser } from '../server/accounts.js'
import { openDatabase } from '../server/app.js'
import { ConfigError, loadConfig } from '../server/config.js'
import { systemClock } from '../server/domain/clock.js'
import { startServer } from '../server/main.js'
import { ApiError } from '../protocol/errors.js'

const program = new Command()
  .name('qingstack')
  .description('A QingCloud IaaS API server, and its command line')
  .showHelpAfterError()

program
  .command('start')
  .description('serve the API (settings from QINGSTACK_* and DATABASE_URL, see README)')
  .option('--processes <n>', 'server processes on one port (PostgreSQL only); default QINGSTACK_PROCESSES or 1')
  .action(async (options: { processes?: string }) => {
    const env = options.processes === undefined ? process.env : { ...process.env, QINGSTACK_PROCESSES: options.processes }
    await startServer(loadConfig(env))
  })

const users = program.command('users').description('manage the users of this server')
users
  .command('create')
  .description('create a user with an access key; prints one JSON object')
  .requiredOption('--email <email>', "the user's e-mail (members are added to projects by it)")
  .option('--name <name>', 'user name (default: the part of the e-mail before @)')
  .action(async (options: { email: string; name?: string }) => {
    const config = loadConfig()
    const database = await openDatabase(config)
    try {
      await database.migrate()
      const created = await createUser(database, systemClock, { email: options.email, user_name: options.name })
      process.stdout.write(`${JSON.stringify(created)}\n`)
    } finally {
      await database.close()
    }
  })

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof ApiError) {
    process.stderr.write(`qingstack: ${error.message}\n`)
  } else {
    process.stderr.write(`qingstack: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  }
  process.exitCode = 1
})
