import fs from 'node:fs'
import path from 'node:path'
import { codeOf, StartupError } from './startup-errors.js'

/** What the lock file says about the server that owns a data directory. */
export interface LockOwner {
  pid: number
  host: string
  port: number | null
}

/**
 * One server per data directory: its SQLite store and the `config.yaml` clients read belong to the
 * server that holds `<dataDir>/qingstack.lock`. A lock left by a server that no longer runs (killed,
 * machine restarted) is taken over.
 */
export class DataDirLock {
  private constructor(
    readonly file: string,
    private owner: LockOwner,
    /** The live server that holds the directory, when this one shares it (a PostgreSQL store). */
    readonly heldBy?: LockOwner,
  ) {}

  /** Whether this server owns the directory (and so writes its `config.yaml`). */
  get owns(): boolean {
    return this.heldBy === undefined
  }

  /**
   * On PostgreSQL the store is the database's, made to be shared by several servers: a directory
   * held by a live server does not refuse a second one, which then leaves `config.yaml` to its owner.
   */
  static acquireShared(dataDir: string, host: string): DataDirLock {
    try {
      return DataDirLock.acquire(dataDir, host)
    } catch (error) {
      const running = readOwner(path.join(dataDir, 'qingstack.lock'))
      if (!(error instanceof StartupError) || !running || !isAlive(running.pid)) throw error
      return new DataDirLock(path.join(dataDir, 'qingstack.lock'), { pid: process.pid, host, port: null }, running)
    }
  }

  static acquire(dataDir: string, host: string): DataDirLock {
    try {
      fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
    } catch (error) {
      throw new StartupError(
        `can not create the data directory ${dataDir} (${codeOf(error) || 'error'}): set QINGSTACK_DATA_DIR or --data-dir`,
        {
          cause: error,
        },
      )
    }
    const file = path.join(dataDir, 'qingstack.lock')
    const owner: LockOwner = { pid: process.pid, host, port: null }
    // Two attempts: the second after removing a stale lock.
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        fs.writeFileSync(file, JSON.stringify(owner), { flag: 'wx', mode: 0o600 })
        return new DataDirLock(file, owner)
      } catch (error) {
        if (codeOf(error) !== 'EEXIST') {
          throw new StartupError(
            `the data directory ${dataDir} is not writable (${codeOf(error) || 'error'}): make it writable, or set QINGSTACK_DATA_DIR or --data-dir`,
            {
              cause: error,
            },
          )
        }
      }
      const running = readOwner(file)
      if (running && running.pid !== process.pid && isAlive(running.pid)) {
        const where = running.port === null ? 'starting' : `on port ${running.port} of ${running.host}`
        throw new StartupError(
          `the data directory ${dataDir} is in use by the qingstack server with pid ${running.pid} (${where}): stop it, or set QINGSTACK_DATA_DIR or --data-dir`,
        )
      }
      try {
        fs.rmSync(file, { force: true })
      } catch (error) {
        throw new StartupError(`can not take over the stale lock ${file} (${codeOf(error) || 'error'}): remove it`, { cause: error })
      }
    }
    throw new StartupError(`another server took the data directory ${dataDir} meanwhile: set QINGSTACK_DATA_DIR or --data-dir`)
  }

  /** Records the port once the server listens, so that a refused second server can name it. */
  listening(port: number): void {
    if (!this.owns) return
    this.owner = { ...this.owner, port }
    fs.writeFileSync(this.file, JSON.stringify(this.owner))
  }

  release(): void {
    // Only our own lock: a server refused on this directory must never remove the owner's.
    if (readOwner(this.file)?.pid === process.pid) fs.rmSync(this.file, { force: true })
  }
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockOwner>
    if (typeof parsed.pid !== 'number' || !Number.isInteger(parsed.pid) || parsed.pid <= 0) return undefined
    return { pid: parsed.pid, host: String(parsed.host ?? ''), port: typeof parsed.port === 'number' ? parsed.port : null }
  } catch {
    // Unreadable or half-written: a server that died while writing it.
    return undefined
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, as another user.
    return codeOf(error) === 'EPERM'
  }
}
