import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type BetterSqlite3 from 'better-sqlite3'
import type { Logger } from 'pino'

/** How often the thread behind checkpoints the WAL, and how long after opening the store it starts (not to slow a start). */
const CHECKPOINT_MS = 100
const CHECKPOINTER_START_MS = 1000
/** SQLite's own: a commit that fills the WAL past this many pages checkpoints it. */
const CHECKPOINT_BY_COMMIT_PAGES = 1000
/** The same while the thread behind runs: only if it falls behind. */
const CHECKPOINT_BACKSTOP_PAGES = 20_000

// A checkpoint fails only when another connection (another process of `--processes`) is running
// one, or the store is gone: the next tick tries again, and the backstop bounds the WAL meanwhile.
const CHECKPOINTER = `
const { parentPort, workerData } = require('node:worker_threads')
const store = new (require(workerData.driver))(workerData.file)
const timer = setInterval(() => {
  try {
    store.pragma('wal_checkpoint(PASSIVE)')
  } catch {}
}, workerData.everyMs)
parentPort.once('message', () => {
  clearInterval(timer)
  store.close()
  parentPort.close()
})
`

/**
 * Checkpoints a SQLite store's WAL from a thread of its own. A checkpoint copies the pages
 * committed since the last one into the store file and syncs both files (two fsyncs, milliseconds
 * each on a real disk); done by whichever commit filled the WAL past 1 000 pages, it stalled every
 * request of the process, and the audit log's page per change made it several times as frequent.
 * A PASSIVE checkpoint on another connection takes no lock a commit waits for. Should the thread
 * end, commits checkpoint again as SQLite does by default.
 */
export class WalCheckpointer {
  private worker: Worker | undefined
  private readonly starting: NodeJS.Timeout

  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    file: string,
    private readonly logger: Logger | undefined,
  ) {
    this.starting = setTimeout(() => this.start(file), CHECKPOINTER_START_MS).unref()
  }

  async stop(): Promise<void> {
    clearTimeout(this.starting)
    const worker = this.worker
    this.worker = undefined
    if (!worker) return
    const ended = new Promise((resolve) => worker.once('exit', resolve))
    worker.postMessage('stop')
    await ended
  }

  private start(file: string): void {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3')
    const worker = new Worker(CHECKPOINTER, { eval: true, workerData: { driver, file, everyMs: CHECKPOINT_MS } })
    worker.unref()
    worker.on('error', (error) => this.logger?.warn({ err: error }, 'WAL checkpoints are back in commits'))
    worker.once('exit', () => {
      if (this.worker !== worker) return
      this.worker = undefined
      this.sqlite.pragma(`wal_autocheckpoint = ${CHECKPOINT_BY_COMMIT_PAGES}`)
    })
    this.worker = worker
    this.sqlite.pragma(`wal_autocheckpoint = ${CHECKPOINT_BACKSTOP_PAGES}`)
  }
}
