import fs from 'node:fs'
import path from 'node:path'
import { Command, Option } from 'commander'
import { ConfigError, loadConfig } from '../server/config.js'
import type { Database } from '../server/db/database.js'
import { systemClock } from '../server/domain/clock.js'
import { addOutputOptions, render, type OutputFlags } from './output.js'
import type { Io } from './run.js'

type Accounts = typeof import('../server/accounts.js')

/** Which store an administration command works on; by default the server's (QINGSTACK_DATA_DIR, DATABASE_URL). */
type Flags = StoreFlags & OutputFlags

interface StoreFlags {
  dataDir?: string
  databaseUrl?: string
}

function noStore(dataDir: string, sqliteFile: string): string {
  const hint = fs.existsSync(path.join(dataDir, 'config.yaml'))
    ? ' (a server wrote config.yaml there: if it runs on PostgreSQL, set DATABASE_URL or --database-url)'
    : ''
  return `no store in ${dataDir} (no ${path.basename(sqliteFile)})${hint}: start the server with this data directory first, or choose another with QINGSTACK_DATA_DIR or --data-dir`
}

/** The flags every administration command takes, besides -o. */
function storeOptions(command: Command): Command {
  return command
    .addOption(new Option('--data-dir <dir>', "the server's data directory (default: QINGSTACK_DATA_DIR, else ./data)"))
    .addOption(new Option('--database-url <url>', "the server's PostgreSQL (default: DATABASE_URL)"))
}

/**
 * `qingstack users …` and `qingstack keys …`: administration straight on the store the server uses
 * (the data directory's SQLite file, or DATABASE_URL), whether the server runs or not. QingCloud's API
 * has no action to create users or keys (docs/compat.md#users-and-keys), so this is how they are provisioned.
 */
export function adminCommands(io: Io, env: NodeJS.ProcessEnv): Command[] {
  // The store's modules (database drivers, Kysely) load only when an admin command runs, so that
  // API commands start without them.
  const withDatabase = async <T>(store: StoreFlags, work: (database: Database, accounts: Accounts) => Promise<T>): Promise<T> => {
    const config = loadConfig({
      ...env,
      ...(store.dataDir === undefined ? {} : { QINGSTACK_DATA_DIR: store.dataDir }),
      ...(store.databaseUrl === undefined ? {} : { DATABASE_URL: store.databaseUrl }),
    })
    const [{ openDatabase }, accounts, { redactUrl }] = await Promise.all([
      import('../server/app.js'),
      import('../server/accounts.js'),
      import('../server/startup-errors.js'),
    ])
    const sqliteFile = path.join(config.dataDir, 'qingstack.db')
    const name = config.databaseUrl ? `PostgreSQL ${redactUrl(config.databaseUrl)}` : `SQLite ${sqliteFile}`
    io.stderr.write(`qingstack: store ${name}\n`)
    // A store is made by `qingstack start`; an administration command never makes an empty one.
    if (!config.databaseUrl && !fs.existsSync(sqliteFile)) throw new ConfigError(noStore(config.dataDir, sqliteFile))
    const database = await openDatabase(config)
    try {
      if (!(await database.hasStore())) {
        throw new ConfigError(
          config.databaseUrl
            ? `no qingstack store at ${name}: start the server on it first, or set DATABASE_URL or --database-url`
            : noStore(config.dataDir, sqliteFile),
        )
      }
      await database.migrate()
      return await work(database, accounts)
    } finally {
      await database.close()
    }
  }
  const print = (answer: object, flags: OutputFlags) => io.stdout.write(render(answer, flags.output, flags))
  const options = (command: Command) => addOutputOptions(storeOptions(command))

  const users = new Command('users').description("manage this server's users (on its store directly)")
  users
    .command('create')
    .description('create a user with an access key; prints the key and its secret')
    .requiredOption('--email <email>', "the user's e-mail (members are added to projects by it)")
    .option('--name <name>', 'user name (default: the part of the e-mail before @)')
    .action(async (o: { email: string; name?: string } & Flags) => {
      print(await withDatabase(o, (db, a) => a.createUser(db, systemClock, { email: o.email, user_name: o.name })), o)
    })
  users
    .command('list')
    .description('list every user')
    .action(async (o: Flags) => {
      const user_set = await withDatabase(o, (db, a) => a.allUsers(db))
      print({ user_set, total_count: user_set.length }, o)
    })
  for (const [name, status] of [
    ['disable', 'disabled'],
    ['enable', 'active'],
  ] as const) {
    users
      .command(name)
      .description(`${name} a user (by user id or e-mail); a disabled user's keys answer 1200`)
      .argument('<user>', 'user id (usr-…) or e-mail')
      .action(async (ref: string, o: Flags) => {
        print(await withDatabase(o, (db, a) => a.setUserStatus(db, ref, status)), o)
      })
  }

  const keys = new Command('keys').description('manage access keys (on the store directly)')
  keys
    .command('create')
    .description('give a user another access key; prints it with its secret')
    .requiredOption('--user <user>', 'user id (usr-…) or e-mail')
    .option('--name <name>', 'key name', 'default')
    .action(async (o: { user: string; name: string } & Flags) => {
      print(await withDatabase(o, (db, a) => a.createAccessKey(db, systemClock, o.user, o.name)), o)
    })
  keys
    .command('list')
    .description('list access keys (never their secrets)')
    .option('--user <user>', 'only the keys of this user id or e-mail')
    .action(async (o: { user?: string } & Flags) => {
      const access_key_set = await withDatabase(o, (db, a) => a.accessKeysOf(db, o.user))
      print({ access_key_set, total_count: access_key_set.length }, o)
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
      .action(async (id: string, o: Flags) => {
        print(await withDatabase(o, (db, a) => run(db, a, id)), o)
      })
  }
  for (const group of [users, keys]) for (const command of group.commands) options(command)
  return [users, keys]
}
