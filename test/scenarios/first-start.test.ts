import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { QingClient } from '../../src/sdk/index.js'
import { CLI, processStore, spawnServer } from '../harness/process.js'

const run = promisify(execFile)

describe('qingstack start on a fresh data directory', () => {
  it('creates the root user and a key, prints them, writes a QingCloud client config, and reuses them on restart', async () => {
    await using store = await processStore()
    const env = { QINGSTACK_ACCESS_KEY_ID: '', QINGSTACK_SECRET_ACCESS_KEY: '' }
    const first = await spawnServer(store, env)
    const keyId = /access key id:\s+(\S+)/.exec(first.stdout)![1]!
    const secret = /secret access key:\s+(\S+)/.exec(first.stdout)![1]!
    const rootUser = /root user:\s+(\S+)/.exec(first.stdout)![1]!
    expect(keyId).toMatch(/^[A-Z]{20}$/)
    expect(secret).toMatch(/^[A-Za-z0-9]{40}$/)
    expect(rootUser).toMatch(/^usr-[A-Za-z0-9]{8}$/)

    const configFile = /client config:\s+(\S+)/.exec(first.stdout)![1]!
    expect(configFile).toBe(path.join(store.dataDir, 'config.yaml'))
    const config = parse(fs.readFileSync(configFile, 'utf8')) as Record<string, unknown>
    const url = new URL(first.url)
    expect(config).toEqual({
      qy_access_key_id: keyId,
      qy_secret_access_key: secret,
      zone: 'pek3a',
      host: '127.0.0.1',
      port: Number(url.port),
      protocol: 'http',
    })
    const client = new QingClient({ endpoint: first.url, accessKeyId: keyId, secretAccessKey: secret })
    expect((await client.describeZones()).ret_code).toBe(0)
    await first.kill()

    const second = await spawnServer(store, env)
    try {
      expect(second.stdout).toContain(`access key id:     ${keyId}`)
      expect(second.stdout).toContain(`root user:         ${rootUser}`)
    } finally {
      await second.kill()
    }
  })

  it('`qingstack users create` adds a user with a working key while the server runs', async () => {
    await using store = await processStore()
    const server = await spawnServer(store)
    try {
      const { stdout } = await run(process.execPath, [CLI, 'users', 'create', '--email', 'Alice@Example.com', '--name', 'alice'], {
        env: { ...process.env, ...store.env },
      })
      const created = JSON.parse(stdout) as Record<string, string>
      expect(created).toMatchObject({ user_name: 'alice', email: 'alice@example.com' })
      expect(created.user_id).toMatch(/^usr-[A-Za-z0-9]{8}$/)
      const alice = new QingClient({
        endpoint: server.url,
        accessKeyId: created.access_key_id!,
        secretAccessKey: created.secret_access_key!,
        zone: 'pek3a',
      })
      expect((await alice.describeJobs()).ret_code).toBe(0)

      const again = await run(process.execPath, [CLI, 'users', 'create', '--email', 'alice@example.com'], {
        env: { ...process.env, ...store.env },
      }).catch((e: { code: number; stderr: string }) => e)
      expect((again as { code: number }).code).toBe(1)
      expect((again as { stderr: string }).stderr).toContain('ResourceAlreadyExists')
    } finally {
      await server.kill()
    }
  })
})
