import { ApiError } from '../../../protocol/errors.js'
import type { Queryable } from '../../db/database.js'
import { findUser, findUserByEmail, type UserRow } from '../../db/stores/users.js'

/** A user named by ID or e-mail (`param` names the parameter); 2100 when there is none. */
export async function userNamed(db: Queryable, text: string): Promise<UserRow> {
  const user = text.includes('@') ? await findUserByEmail(db, text.trim().toLowerCase()) : await findUser(db, text.trim())
  if (!user) throw new ApiError('ResourceNotFound', { resource: 'user', id: text })
  return user
}
