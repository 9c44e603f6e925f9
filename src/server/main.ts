import cluster from 'node:cluster'
import fs from 'node:fs'
import path from 'node:path'
import { stringify } from 'yaml'
import { ensureRootUser, type Credentials } from './accounts.js'
import { createApp, openDatabase, type App } from './app.js'
import { ConfigError, type Config } from './config.js'
import { systemClock } from './domain/clock.js'
import { describeTightened, PRIVATE_FILE_MODE, securePrivateFiles } from './private-files.js'
import { DataDirLock } from './lock.js'
import { CONSOLE_PATH } from './http/console.js'
import { explainStartupError, redactUrl, StartupError } from './startup-errors.js'

/** How long a stop may take (in-flight requests, the current job step) before the process exits anyway. */
const STOP_DEADLINE_MS = 10_000

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

function printBanner(config: Config, root: Credentials, endpoint: string, lock: DataDirLock): void {
  const configFile = lock.heldBy
    ? `${path.join(config.dataDir, 'config.yaml')} (kept: the data directory is the server's with pid ${lock.heldBy.pid})`
    : writeClientConfig(config, root, endpoint)
  const store = config.databaseUrl ? `PostgreSQL ${redactUrl(config.databaseUrl)}` : `SQLite ${path.join(config.dataDir, 'qingstack.db')}`
  process.stdout.write(
    [
      `qingstack is serving the QingCloud API at ${endpoint}`,
      `  console:           ${new URL(CONSOLE_PATH, endpoint).toString()}`,
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

/**
 * `qingstack start` / `npm start`: serve until SIGINT or SIGTERM, in one process or several. Rejects
 * with a StartupError (one line: the cause and the setting to change) having left nothing running.
 */
export async function startServer(config: Config): Promise<void> {
  if (config.processes > 1 && !config.databaseUrl) {
    throw new ConfigError('several processes share one database: set DATABASE_URL to a PostgreSQL URL (SQLite serves one process)')
  }
  if (cluster.isWorker) return serveInWorker(config)
  // The data directory (its SQLite store, the config.yaml clients read) has one owner; on
  // PostgreSQL the store is shared by design, and only config.yaml is the owner's.
  const lock = config.databaseUrl
    ? DataDirLock.acquireShared(config.dataDir, config.host)
    : DataDirLock.acquire(config.dataDir, config.host)
  try {
    if (config.processes > 1) await superviseWorkers(config, lock)
    else await serveAlone(config, lock)
  } catch (error) {
    lock.release()
    throw error
  }
}

/** Opens the store and listens; on any failure closes what was opened. */
async function openAndListen(config: Config): Promise<{ app: App; endpoint: string }> {
  const app = await createApp({ config }).catch((error: unknown) => {
    throw explainStartupError(error, config, 'store')
  })
  try {
    return { app, endpoint: await app.listen() }
  } catch (error) {
    await app.close().catch(() => undefined)
    throw explainStartupError(error, config, 'listen')
  }
}

async function serveAlone(config: Config, lock: DataDirLock): Promise<void> {
  const { app, endpoint } = await openAndListen(config)
  // Before the banner: whoever reads it may signal at once.
  stopOnSignals(config, async () => {
    await app.close()
    lock.release()
  })
  lock.listening(Number(new URL(endpoint).port))
  printBanner(config, app.root, endpoint, lock)
}

type WorkerMessage = { type: 'listening'; endpoint: string } | { type: 'failed'; message: string }

/** A cluster worker: a full server (HTTP and job worker) on the port all workers share. */
async function serveInWorker(config: Config): Promise<void> {
  try {
    const { app, endpoint } = await openAndListen(config)
    stopOnSignals(config, () => app.close())
    process.send?.({ type: 'listening', endpoint } satisfies WorkerMessage)
  } catch (error) {
    // The primary says it, once for all workers, and stops them.
    const message = error instanceof Error ? error.message : String(error)
    process.send?.({ type: 'failed', message } satisfies WorkerMessage, () => process.exit(1))
  }
}

/**
 * The primary of `--processes N`: migrates once, forks N identical workers (node:cluster shares the
 * port), and replaces a worker that dies once all listen. If one fails to start, all stop.
 */
async function superviseWorkers(config: Config, lock: DataDirLock): Promise<void> {
  let root: Credentials
  try {
    const database = await openDatabase(config)
    try {
      await database.migrate()
      root = await ensureRootUser(database, systemClock, config.rootAccessKey)
    } finally {
      await database.close()
    }
  } catch (error) {
    throw explainStartupError(error, config, 'store')
  }
  let stopping = false
  const stopWorkers = async () => {
    stopping = true
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined && !w.isDead())
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            worker!.once('exit', () => resolve())
            worker!.process.kill('SIGTERM')
          }),
      ),
    )
  }
  const endpoint = await new Promise<string>((resolve, reject) => {
    let listening = 0
    let started = false
    const fork = () =>
      cluster.fork().on('message', (message: WorkerMessage) => {
        if (message.type === 'failed' && !started && !stopping) {
          void stopWorkers().then(() => reject(new StartupError(message.message)))
        } else if (message.type === 'listening' && !started && ++listening === config.processes) {
          started = true
          resolve(message.endpoint)
        }
      })
    for (let i = 0; i < config.processes; i++) fork()
    cluster.on('exit', (worker, code, signal) => {
      if (stopping) return
      if (!started) {
        void stopWorkers().then(() =>
          reject(new StartupError(`server process ${worker.process.pid} exited while starting (${signal ?? code})`)),
        )
        return
      }
      process.stderr.write(`qingstack: process ${worker.process.pid} exited (${signal ?? code}); starting another\n`)
      fork()
    })
  })
  stopOnSignals(config, async () => {
    await stopWorkers()
    lock.release()
  })
  lock.listening(Number(new URL(endpoint).port))
  printBanner(config, root, endpoint, lock)
}

/**
 * SIGINT and SIGTERM stop the server: no new connections, in-flight requests and the current job
 * step end, the store closes, exit 0. A second signal, or a stop longer than STOP_DEADLINE_MS, exits
 * at once (1). Under `npm start` the server also stops when its parent goes away.
 */
function stopOnSignals(config: Config, close: () => Promise<void>): void {
  let closing = false
  const stop = () => {
    if (closing) {
      process.stderr.write('qingstack: stopped before the store was closed\n')
      process.exit(1)
    }
    closing = true
    setTimeout(() => {
      process.stderr.write(`qingstack: did not stop within ${STOP_DEADLINE_MS / 1000} s; exiting anyway\n`)
      process.exit(1)
    }, STOP_DEADLINE_MS).unref()
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`qingstack: while stopping: ${error instanceof Error ? error.message : String(error)}\n`)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  if (config.stopWithParent) {
    const parent = process.ppid
    setInterval(() => {
      if (process.ppid !== parent) stop()
    }, 500).unref()
  }
}
