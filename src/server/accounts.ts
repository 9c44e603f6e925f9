import { ApiError } from '../protocol/errors.js'
import { wireTime } from '../protocol/time.js'
import type { Clock } from './domain/clock.js'
import { isoAt } from './domain/clock.js'
import { newAccessKey, newUserId } from './domain/ids.js'
import type { Database, Queryable, Tx } from './db/database.js'
import {
  deleteAccessKey,
  findAccessKey,
  insertAccessKey,
  listAccessKeys,
  listAllAccessKeys,
  reactivateAccessKey,
  updateAccessKeyStatus,
  type AccessKeyRow,
} from './db/stores/access-keys.js'
import { findRootUser, findUser, findUserByEmail, insertUser, listUsers, updateUserStatus, type UserRow } from './db/stores/users.js'

export interface Credentials {
  user_id: string
  user_name: string
  email: string
  access_key_id: string
  secret_access_key: string
}

async function addKey(tx: Tx, owner: string, at: string, key = newAccessKey(), access_key_name = 'default'): Promise<typeof key> {
  await insertAccessKey(tx, { ...key, owner, access_key_name, description: '', status: 'active', create_time: at })
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

// ---------------------------------------------------------------------------------------------
// Administration from the command line (`qingstack users …`, `qingstack keys …`): access keys are
// provisioned out of band, as QingCloud's API has no action that creates one (docs/compat.md#users-and-keys).

/** An access key as administration shows it: never its secret. */
export type AccessKeyInfo = Omit<AccessKeyRow, 'secret_access_key'>

function withoutSecret({ secret_access_key: _secret, ...key }: AccessKeyRow): AccessKeyInfo {
  return { ...key, create_time: wireTime(key.create_time) }
}

/** The user a command names by id (`usr-…`) or e-mail; 2100 when there is none. */
async function userByRef(q: Queryable, ref: string): Promise<UserRow> {
  const user = ref.includes('@') ? await findUserByEmail(q, ref.trim()) : await findUser(q, ref.trim())
  if (!user) throw new ApiError('ResourceNotFound', { resource: 'user', id: ref })
  return user
}

async function keyById(q: Queryable, access_key_id: string): Promise<AccessKeyRow> {
  const key = await findAccessKey(q, access_key_id)
  if (!key) throw new ApiError('ResourceNotFound', { resource: 'access key', id: access_key_id })
  return key
}

export async function allUsers(database: Database): Promise<UserRow[]> {
  return (await listUsers(database.db)).map((user) => ({ ...user, create_time: wireTime(user.create_time) }))
}

/** Enables or disables a user: a disabled user's keys answer 1200. The root user stays enabled. */
export async function setUserStatus(database: Database, ref: string, status: UserRow['status']): Promise<UserRow> {
  return database.transaction(async (tx) => {
    const user = await userByRef(tx.db, ref)
    if (user.role === 'root' && status !== 'active') {
      throw new ApiError('PermissionDenied', { reason: `user [${user.user_id}] is the root user, can not be disabled` })
    }
    await updateUserStatus(tx, user.user_id, status)
    return { ...user, status }
  })
}

/** Gives a user one more access key; the secret is shown once, here. */
export async function createAccessKey(
  database: Database,
  clock: Clock,
  ref: string,
  access_key_name = 'default',
): Promise<Credentials & { access_key_name: string }> {
  return database.transaction(async (tx) => {
    const user = await userByRef(tx.db, ref)
    const key = await addKey(tx, user.user_id, isoAt(clock.now()), newAccessKey(), access_key_name)
    return { user_id: user.user_id, user_name: user.user_name, email: user.email, access_key_name, ...key }
  })
}

/** Every access key, or those of one user. */
export async function accessKeysOf(database: Database, ref?: string): Promise<AccessKeyInfo[]> {
  const keys =
    ref === undefined
      ? await listAllAccessKeys(database.db)
      : await listAccessKeys(database.db, (await userByRef(database.db, ref)).user_id)
  return keys.map(withoutSecret)
}

export async function setAccessKeyStatus(
  database: Database,
  access_key_id: string,
  status: AccessKeyRow['status'],
): Promise<AccessKeyInfo> {
  return database.transaction(async (tx) => {
    const key = await keyById(tx.db, access_key_id)
    if (status !== 'active') await keepRootReachable(tx, key)
    await updateAccessKeyStatus(tx, access_key_id, status)
    return withoutSecret({ ...key, status })
  })
}

export async function removeAccessKey(database: Database, access_key_id: string): Promise<AccessKeyInfo> {
  return database.transaction(async (tx) => {
    const key = await keyById(tx.db, access_key_id)
    await keepRootReachable(tx, key)
    await deleteAccessKey(tx, access_key_id)
    return withoutSecret(key)
  })
}

/** The root user keeps one active key: the server prints it at start, and the operator needs it. */
async function keepRootReachable(tx: Tx, key: AccessKeyRow): Promise<void> {
  const owner = await findUser(tx.db, key.owner)
  if (owner?.role !== 'root' || key.status !== 'active') return
  const others = (await listAccessKeys(tx.db, owner.user_id)).filter((k) => k.status === 'active' && k.access_key_id !== key.access_key_id)
  if (others.length === 0) {
    throw new ApiError('PermissionDenied', { reason: `access key [${key.access_key_id}] is the root user's last active key` })
  }
}
