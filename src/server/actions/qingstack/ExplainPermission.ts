import { ApiError } from '../../../protocol/errors.js'
import { ownsProjectWithMember } from '../../db/stores/operator.js'
import type { Handler } from '../types.js'
import { userNamed } from './users.js'

/**
 * Root explains anyone; another caller itself, or a member of a project it owns (docs/operator.md#permission-explained).
 * The verdict comes from the authorize stage, run in this read-only transaction: nothing is executed.
 */
export const ExplainPermission: Handler<'ExplainPermission'> = async (params, { tx, caller, operator, zone }) => {
  const user = await userNamed(tx.db, params.user)
  if (caller.role !== 'root' && user.user_id !== caller.user_id && !(await ownsProjectWithMember(tx.db, caller.user_id, user.user_id))) {
    throw new ApiError('PermissionDenied', {
      reason: `ExplainPermission for user [${user.user_id}] is for root, or the owner of a project the user is a member of`,
    })
  }
  return operator.explain({ user_id: user.user_id, action_name: params.action_name, parameters: params.parameters ?? [], zone })
}
