import { ApiError } from '../../../protocol/errors.js'
import { findUser } from '../../db/stores/users.js'
import type { HandlerContext } from '../types.js'

/**
 * The users of GrantImageToUsers / RevokeImageFromUsers: `users.n`, else the docs' `user.n`
 * (docs/compat.md#image-grants); each must exist (2100) and not be the image's owner (1100).
 */
export async function namedUsers(
  ctx: HandlerContext,
  params: { users?: string[] | undefined; user?: string[] | undefined },
  owner: string,
): Promise<string[]> {
  const users = [...new Set(params.users?.length ? params.users : (params.user ?? []))]
  if (users.length === 0) throw new ApiError('MissingParameter', { param: 'users' })
  for (const user_id of users) {
    if (user_id === owner) throw new ApiError('InvalidParameter', { param: 'users', reason: `must not name the image's owner [${owner}]` })
    if (!(await findUser(ctx.tx.db, user_id))) throw new ApiError('ResourceNotFound', { resource: 'user', id: user_id })
  }
  return users
}
