import cluster from 'node:cluster'
import fs from 'node:fs'
import path from 'node:path'
import { stringify } from 'yaml'
import { ensureRootUser, type Credentials } from './accounts.js'
import { createApp, openDatabase } from './app.js'
import { ConfigError, type Config } from './config.js'
import { systemClock } from './domain/clock.js'
import { describeTightened, PRIVATE_FILE_MODE, securePrivateFiles } from './private-files.js'

/**
 * The QingCloud client config file (`qingcloud-cli -f`, the Python SDK's `connect_to_zone` from
 * config): exactly these keys, as QingCloud's CLI rejects unknown ones.
 */
export function writeClientConfig(config: Config, root: Credentials, endpoint: string): string {
  const url = new URL(endpoint)
  const file = path.join(config.dataDir, 'config.yaml')
  // It holds the root user's secret: 0600 in a 0700 directory, as the SQLite store.
  const tightened = securePrivateFiles({ dir: config.dataDir, files: [file] })
  if (tightened.length > 0) process.stderr.write(`qingstack: ${describeTightened(tightened)}\n`)
  const body = stringify({
    qy_access_key_id: root.access_key_id,
    qy_secret_access_key: root.secret_access_key,
    zone: config.zones[0]!.zone_id,
    host: url.hostname,
    port: Number(url.port),
    protocol: url.protocol.replace(':', ''),
  })
  fs.writeFileSync(file, body, { mode: PRIVATE_FILE_MODE })
  return file
}

function printBanner(config: Config, root: Credentials, endpoint: string): void {
  const configFile = writeClientConfig(config, root, endpoint)
  const store = config.databaseUrl ? `PostgreSQL ${redact(config.databaseUrl)}` : `SQLite ${path.join(config.dataDir, 'qingstack.db')}`
  process.stdout.write(
    [
      `qingstack is serving the QingCloud API at ${endpoint}`,
      `  store:             ${store}`,
      `  processes:         ${config.processes}`,
      `  zones:             ${config.zones.map((z) => z.zone_id).join(', ')}`,
      `  job timing:        ${config.timing}`,
      `  root user:         ${root.user_id}`,
      `  access key id:     ${root.access_key_id}`,
      `  secret access key: ${root.secret_access_key}`,
      `  client config:     ${configFile}`,
      '',
    ].join('\n'),
  )
}

/** `qingstack start` / `npm start`: serve until SIGINT or SIGTERM, in one process or several. */
export async function startServer(config: Config): Promise<void> {
  if (config.processes > 1 && !config.databaseUrl) {
    throw new ConfigError('several processes share one database: set DATABASE_URL to a PostgreSQL URL (SQLite serves one process)')
  }
  if (cluster.isWorker) return serveInWorker(config)
  if (config.processes > 1) return superviseWorkers(config)
  const app = await createApp({ config })
  printBanner(config, app.root, await app.listen())
  closeOnSignals(() => app.close())
}

/** A cluster worker: a full server (HTTP and job worker) on the port all workers share. */
async function serveInWorker(config: Config): Promise<void> {
  const app = await createApp({ config })
  const endpoint = await app.listen()
  process.send?.({ type: 'listening', endpoint })
  closeOnSignals(() => app.close())
}

/**
 * The primary of `--processes N`: migrates once, forks N identical workers (node:cluster shares the
 * port), and replaces a worker that dies. The database is the only state they share.
 */
async function superviseWorkers(config: Config): Promise<void> {
  const database = await openDatabase(config)
  let root: Credentials
  try {
    await database.migrate()
    root = await ensureRootUser(database, systemClock, config.rootAccessKey)
  } finally {
    await database.close()
  }
  let stopping = false
  let announced = false
  let listening = 0
  const fork = () =>
    cluster.fork().on('message', (message: { type?: string; endpoint?: string }) => {
      if (message.type !== 'listening' || announced) return
      if (++listening === config.processes) {
        announced = true
        printBanner(config, root, message.endpoint!)
      }
    })
  for (let i = 0; i < config.processes; i++) fork()
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return
    process.stderr.write(`qingstack: process ${worker.process.pid} exited (${signal ?? code}); starting another\n`)
    fork()
  })
  closeOnSignals(async () => {
    stopping = true
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined)
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            worker.once('exit', () => resolve())
            worker.process.kill('SIGTERM')
          }),
      ),
    )
  })
}

function closeOnSignals(close: () => Promise<void>): void {
  let closing = false
  const shutdown = () => {
    if (closing) return
    closing = true
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')
}
