import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { processStore, spawnServer } from '../harness/process.js'
import { testDialect } from '../harness/dialect.js'

/**
 * Every secret access key is in the store and the root key in config.yaml: the data directory is
 * 0700 and its files 0600 whatever the umask, and a store left looser is tightened at start.
 */

const modeOf = (file: string) => fs.statSync(file).mode & 0o777
const umask = process.umask()
afterEach(() => {
  process.umask(umask)
})

/** The files of the data directory that hold secrets (those SQLite has made so far). */
function secretFiles(dataDir: string): string[] {
  const names = ['config.yaml', 'qingstack.db', 'qingstack.db-wal', 'qingstack.db-shm']
  return names.map((name) => path.join(dataDir, name)).filter((file) => fs.existsSync(file))
}

describe('secrets are private at rest', () => {
  it('makes the data directory 0700 and its files 0600 under umask 022, and tightens a looser store at start', async () => {
    await using store = await processStore()
    const dataDir = path.join(store.dataDir, 'data')
    // Children inherit the umask at spawn: the server starts under 022, the common default.
    process.umask(0o022)
    const first = await spawnServer(store, { QINGSTACK_DATA_DIR: dataDir })
    try {
      await first.client().createKeyPair({ keypair_name: 'k' })
    } finally {
      await first.kill()
    }
    const files = secretFiles(dataDir)
    expect(files.map((file) => path.basename(file))).toEqual(
      testDialect() === 'sqlite' ? ['config.yaml', 'qingstack.db', 'qingstack.db-wal', 'qingstack.db-shm'] : ['config.yaml'],
    )
    expect(modeOf(dataDir).toString(8)).toBe('700')
    for (const file of files) expect(`${path.basename(file)} ${modeOf(file).toString(8)}`).toBe(`${path.basename(file)} 600`)

    // A store copied or made under an older qingstack: world-readable.
    fs.chmodSync(dataDir, 0o755)
    for (const file of files) fs.chmodSync(file, 0o644)
    const second = await spawnServer(store, { QINGSTACK_DATA_DIR: dataDir, QINGSTACK_LOG_LEVEL: 'info' })
    const said = `${second.stdout}\n${second.stderr}`
    await second.kill()
    expect(said.match(/tightened to owner-only access/g)).toHaveLength(1)
    expect(modeOf(dataDir).toString(8)).toBe('700')
    for (const file of secretFiles(dataDir)) expect(`${path.basename(file)} ${modeOf(file).toString(8)}`).toBe(`${path.basename(file)} 600`)
  })
})
