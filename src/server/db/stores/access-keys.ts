import type { Queryable, Tx } from '../database.js'
import type { AccessKeysTable } from '../schema/access-keys.js'

export type AccessKeyRow = AccessKeysTable

export async function insertAccessKey(tx: Tx, row: AccessKeyRow): Promise<void> {
  await tx.db.insertInto('access_keys').values(row).execute()
}

export async function findAccessKey(q: Queryable, access_key_id: string): Promise<AccessKeyRow | undefined> {
  return q.selectFrom('access_keys').selectAll().where('access_key_id', '=', access_key_id).executeTakeFirst()
}

export async function listAccessKeys(q: Queryable, owner: string): Promise<AccessKeyRow[]> {
  return q.selectFrom('access_keys').selectAll().where('owner', '=', owner).orderBy('create_time').execute()
}

/** Makes a key active with the given secret (the configured root key after a change of secret). */
export async function reactivateAccessKey(tx: Tx, access_key_id: string, secret_access_key: string): Promise<void> {
  await tx.db
    .updateTable('access_keys')
    .set({ secret_access_key, status: 'active' })
    .where('access_key_id', '=', access_key_id)
    .execute()
}

export async function listAllAccessKeys(q: Queryable): Promise<AccessKeyRow[]> {
  return q.selectFrom('access_keys').selectAll().orderBy('create_time').orderBy('access_key_id').execute()
}

export async function updateAccessKeyStatus(tx: Tx, access_key_id: string, status: AccessKeyRow['status']): Promise<void> {
  await tx.db.updateTable('access_keys').set({ status }).where('access_key_id', '=', access_key_id).execute()
}

export async function deleteAccessKey(tx: Tx, access_key_id: string): Promise<void> {
  await tx.db.deleteFrom('access_keys').where('access_key_id', '=', access_key_id).execute()
}
