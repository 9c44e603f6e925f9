import { Command, Option } from 'commander'
import { loadConfig } from '../server/config.js'
import type { Database } from '../server/db/database.js'
import { systemClock } from '../server/domain/clock.js'
import { outputFormats, render, type OutputFormat } from './output.js'
import type { Io } from './run.js'

type Accounts = typeof import('../server/accounts.js')

/**
 * `qingstack users …` and `qingstack keys …`: administration straight on the store the server uses
 * (the data directory's SQLite file, or DATABASE_URL), whether the server runs or not. QingCloud's API
 * has no action to create users or keys (docs/compat.md#users-and-keys), so this is how they are provisioned.
 */
export function adminCommands(io: Io, env: NodeJS.ProcessEnv): Command[] {
  // The store's modules (database drivers, Kysely) load only when an admin command runs, so that
  // API commands start without them.
  const withDatabase = async <T>(work: (database: Database, accounts: Accounts) => Promise<T>): Promise<T> => {
    const [{ openDatabase }, accounts] = await Promise.all([import('../server/app.js'), import('../server/accounts.js')])
    const database = await openDatabase(loadConfig(env))
    try {
      await database.migrate()
      return await work(database, accounts)
    } finally {
      await database.close()
    }
  }
  const print = (answer: object, output: OutputFormat) => io.stdout.write(render(answer, output))
  const output = () => new Option('-o, --output <format>', 'json or table').choices(outputFormats).default('json')

  const users = new Command('users').description("manage this server's users (on its store directly)")
  users
    .command('create')
    .description('create a user with an access key; prints the key and its secret')
    .requiredOption('--email <email>', "the user's e-mail (members are added to projects by it)")
    .option('--name <name>', 'user name (default: the part of the e-mail before @)')
    .addOption(output())
    .action(async (o: { email: string; name?: string; output: OutputFormat }) => {
      print(await withDatabase((db, a) => a.createUser(db, systemClock, { email: o.email, user_name: o.name })), o.output)
    })
  users
    .command('list')
    .description('list every user')
    .addOption(output())
    .action(async (o: { output: OutputFormat }) => {
      const user_set = await withDatabase((db, a) => a.allUsers(db))
      print({ user_set, total_count: user_set.length }, o.output)
    })
  for (const [name, status] of [['disable', 'disabled'], ['enable', 'active']] as const) {
    users
      .command(name)
      .description(`${name} a user (by user id or e-mail); a disabled user's keys answer 1200`)
      .argument('<user>', 'user id (usr-…) or e-mail')
      .addOption(output())
      .action(async (ref: string, o: { output: OutputFormat }) => {
        print(await withDatabase((db, a) => a.setUserStatus(db, ref, status)), o.output)
      })
  }

  const keys = new Command('keys').description('manage access keys (on the store directly)')
  keys
    .command('create')
    .description('give a user another access key; prints it with its secret')
    .requiredOption('--user <user>', 'user id (usr-…) or e-mail')
    .option('--name <name>', 'key name', 'default')
    .addOption(output())
    .action(async (o: { user: string; name: string; output: OutputFormat }) => {
      print(await withDatabase((db, a) => a.createAccessKey(db, systemClock, o.user, o.name)), o.output)
    })
  keys
    .command('list')
    .description('list access keys (never their secrets)')
    .option('--user <user>', 'only the keys of this user id or e-mail')
    .addOption(output())
    .action(async (o: { user?: string; output: OutputFormat }) => {
      const access_key_set = await withDatabase((db, a) => a.accessKeysOf(db, o.user))
      print({ access_key_set, total_count: access_key_set.length }, o.output)
    })
  const keyChanges: Array<[string, (db: Database, a: Accounts, id: string) => Promise<object>]> = [
    ['disable', (db, a, id) => a.setAccessKeyStatus(db, id, 'disabled')],
    ['enable', (db, a, id) => a.setAccessKeyStatus(db, id, 'active')],
    ['delete', (db, a, id) => a.removeAccessKey(db, id)],
  ]
  for (const [name, run] of keyChanges) {
    keys
      .command(name)
      .description(`${name} an access key${name === 'enable' ? '' : '; requests signed with it answer 1200'}`)
      .argument('<access_key_id>', 'the key')
      .addOption(output())
      .action(async (id: string, o: { output: OutputFormat }) => {
        print(await withDatabase((db, a) => run(db, a, id)), o.output)
      })
  }
  return [users, keys]
}
