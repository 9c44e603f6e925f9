import { describe, expect, it } from 'vitest'
import { QingApiError, QingClient } from '../../src/sdk/index.js'
import { PROCESS_KEY, processStore, runCli, spawnServer } from '../harness/process.js'

/** The last line of stderr (the first says which store the command uses). */
const lastLine = (text: string) => `${text.trimEnd().split('\n').at(-1)}\n`

describe('qingstack users … / keys …: administration on the store, while the server runs', () => {
  it('creates users and keys that work at once, and disables, enables and deletes them', async () => {
    await using store = await processStore()
    const server = await spawnServer(store)
    try {
      const admin = (...args: string[]) => runCli(store, args)
      const created = await admin('users', 'create', '--email', 'bob@example.com', '--name', 'bob')
      expect(created.code).toBe(0)
      const bob = JSON.parse(created.stdout) as { user_id: string; access_key_id: string; secret_access_key: string }
      const as = (key: { access_key_id: string; secret_access_key: string }) =>
        new QingClient({
          endpoint: server.url,
          accessKeyId: key.access_key_id,
          secretAccessKey: key.secret_access_key,
          zone: 'pek3a',
          retries: 0,
        })
      const code = (promise: Promise<unknown>) =>
        promise.then(
          () => 0,
          (e: QingApiError) => e.ret_code,
        )
      expect(await code(as(bob).describeZones())).toBe(0)

      const second = JSON.parse((await admin('keys', 'create', '--user', 'bob@example.com', '--name', 'ci')).stdout) as typeof bob
      expect(second).toMatchObject({ user_id: bob.user_id, access_key_name: 'ci' })
      expect(await code(as(second).describeZones())).toBe(0)

      const listed = JSON.parse((await admin('keys', 'list', '--user', bob.user_id)).stdout) as {
        access_key_set: Array<Record<string, unknown>>
      }
      expect(listed.access_key_set.map((k) => k.access_key_id)).toEqual([bob.access_key_id, second.access_key_id])
      expect(JSON.stringify(listed)).not.toContain(bob.secret_access_key)

      expect((await admin('keys', 'disable', bob.access_key_id)).code).toBe(0)
      expect(await code(as(bob).describeZones())).toBe(1200)
      expect((await admin('keys', 'enable', bob.access_key_id)).code).toBe(0)
      expect(await code(as(bob).describeZones())).toBe(0)
      expect((await admin('keys', 'delete', second.access_key_id)).code).toBe(0)
      expect(await code(as(second).describeZones())).toBe(1200)

      expect((await admin('users', 'disable', 'bob@example.com')).code).toBe(0)
      expect(await code(as(bob).describeZones())).toBe(1200)
      const users = await admin('users', 'list', '-o', 'table')
      expect(users.stdout).toMatch(new RegExp(`${bob.user_id}\\s+bob\\s+bob@example\\.com\\s+user\\s+disabled`))
      expect((await admin('users', 'enable', bob.user_id)).code).toBe(0)
      expect(await code(as(bob).describeZones())).toBe(0)
    } finally {
      await server.kill()
    }
  }, 90_000)

  it('keeps the root user reachable and names what it cannot find', async () => {
    await using store = await processStore()
    const server = await spawnServer(store)
    await server.kill()
    const admin = (...args: string[]) => runCli(store, args)
    const rootKey = await admin('keys', 'delete', PROCESS_KEY.id)
    expect(rootKey.code).toBe(1)
    expect(lastLine(rootKey.stderr)).toBe(
      `qingstack: PermissionDenied, access key [${PROCESS_KEY.id}] is the root user's last active key\n`,
    )
    const root = await admin('users', 'disable', 'root@qingstack.local')
    expect(root.code).toBe(1)
    expect(root.stderr).toContain('is the root user, can not be disabled')
    const nobody = await admin('keys', 'create', '--user', 'nobody@example.com')
    expect(nobody.code).toBe(1)
    expect(lastLine(nobody.stderr)).toBe('qingstack: ResourceNotFound, user [nobody@example.com] does not exist\n')
    // Once the root user has a second key, the first may go.
    expect((await admin('keys', 'create', '--user', 'root@qingstack.local')).code).toBe(0)
    expect((await admin('keys', 'delete', PROCESS_KEY.id)).code).toBe(0)
  }, 90_000)
})
