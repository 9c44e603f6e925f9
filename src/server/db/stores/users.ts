import type { Queryable, Tx } from '../database.js'
import type { UsersTable } from '../schema/users.js'

export type UserRow = UsersTable

export async function insertUser(tx: Tx, row: UserRow): Promise<void> {
  await tx.db.insertInto('users').values(row).execute()
}

export async function findUser(q: Queryable, user_id: string): Promise<UserRow | undefined> {
  return q.selectFrom('users').selectAll().where('user_id', '=', user_id).executeTakeFirst()
}

export async function findUserByEmail(q: Queryable, email: string): Promise<UserRow | undefined> {
  return q.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst()
}

export async function findRootUser(q: Queryable): Promise<UserRow | undefined> {
  return q.selectFrom('users').selectAll().where('role', '=', 'root').orderBy('create_time').executeTakeFirst()
}

export async function listUsers(q: Queryable): Promise<UserRow[]> {
  return q.selectFrom('users').selectAll().orderBy('create_time').orderBy('user_id').execute()
}

export async function updateUserStatus(tx: Tx, user_id: string, status: UserRow['status']): Promise<void> {
  await tx.db.updateTable('users').set({ status }).where('user_id', '=', user_id).execute()
}
