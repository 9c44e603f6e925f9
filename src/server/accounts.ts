import { ApiError } from '../protocol/errors.js'
import type { Clock } from './domain/clock.js'
import { isoAt } from './domain/clock.js'
import { newAccessKey, newUserId } from './domain/ids.js'
import type { Database, Tx } from './db/database.js'
import { findAccessKey, insertAccessKey, listAccessKeys, reactivateAccessKey } from './db/stores/access-keys.js'
import { findRootUser, findUserByEmail, insertUser, type UserRow } from './db/stores/users.js'

export interface Credentials {
  user_id: string
  user_name: string
  email: string
  access_key_id: string
  secret_access_key: string
}

async function addKey(tx: Tx, owner: string, at: string, key = newAccessKey()): Promise<typeof key> {
  await insertAccessKey(tx, { ...key, owner, access_key_name: 'default', description: '', status: 'active', create_time: at })
  return key
}

/** Creates a user with a fresh access key (`qingstack users create`). A taken e-mail answers 2110. */
export async function createUser(
  database: Database,
  clock: Clock,
  input: { email: string; user_name?: string | undefined; role?: UserRow['role'] },
): Promise<Credentials> {
  const email = input.email.trim().toLowerCase()
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
    throw new ApiError('InvalidParameter', { param: 'email', reason: 'must be an e-mail address' })
  }
  return database.transaction(async (tx) => {
    if (await findUserByEmail(tx.db, email)) throw new ApiError('ResourceAlreadyExists', { resource: 'user with e-mail', id: email })
    const at = isoAt(clock.now())
    const user: UserRow = {
      user_id: newUserId(),
      user_name: input.user_name?.trim() || email.split('@')[0]!,
      email,
      role: input.role ?? 'user',
      status: 'active',
      create_time: at,
    }
    await insertUser(tx, user)
    const key = await addKey(tx, user.user_id, at)
    return { user_id: user.user_id, user_name: user.user_name, email, ...key }
  })
}

/**
 * The root user exists from the first start on; `configured` (QINGSTACK_ACCESS_KEY_ID and its
 * secret) is made to exist for it. Returns the root user with the key to show the operator.
 */
export async function ensureRootUser(
  database: Database,
  clock: Clock,
  configured: { access_key_id: string; secret_access_key: string } | undefined,
): Promise<Credentials> {
  return database.transaction(async (tx) => {
    const at = isoAt(clock.now())
    let root = await findRootUser(tx.db)
    if (!root) {
      root = { user_id: newUserId(), user_name: 'root', email: 'root@qingstack.local', role: 'root', status: 'active', create_time: at }
      await insertUser(tx, root)
      if (!configured) await addKey(tx, root.user_id, at)
    }
    if (configured) {
      const existing = await findAccessKey(tx.db, configured.access_key_id)
      if (existing && existing.owner !== root.user_id) {
        throw new Error(`access key ${configured.access_key_id} belongs to ${existing.owner}, not to the root user`)
      }
      if (!existing) await addKey(tx, root.user_id, at, configured)
      else if (existing.secret_access_key !== configured.secret_access_key || existing.status !== 'active') {
        await reactivateAccessKey(tx, configured.access_key_id, configured.secret_access_key)
      }
    }
    const keys = await listAccessKeys(tx.db, root.user_id)
    const shown = keys.find((k) => k.access_key_id === configured?.access_key_id) ?? keys[0]
    if (!shown) throw new Error('the root user has no access key')
    return {
      user_id: root.user_id,
      user_name: root.user_name,
      email: root.email,
      access_key_id: shown.access_key_id,
      secret_access_key: shown.secret_access_key,
    }
  })
}
