import { ApiError } from '../../../protocol/errors.js'
import { findUser } from '../../db/stores/users.js'
import type { Handler } from '../types.js'

export const DescribeCaller: Handler<'DescribeCaller'> = async (_params, { tx, caller }) => {
  const user = await findUser(tx.db, caller.user_id)
  // The key was checked before this transaction began: its user may have been removed since.
  if (!user) throw new ApiError('ResourceNotFound', { resource: 'user', id: caller.user_id })
  return { user_id: user.user_id, user_name: user.user_name, email: user.email, role: user.role, access_key_id: caller.access_key_id }
}
