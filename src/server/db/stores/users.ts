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
