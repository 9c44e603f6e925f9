import { ApiError } from '../../../protocol/errors.js'
import { deleteFaultRules } from '../../db/stores/operator.js'
import type { Handler } from '../types.js'

/** All or nothing: an unknown ID answers 2100 and deletes none. */
export const DeleteFaultRules: Handler<'DeleteFaultRules'> = async (params, { tx, operator }) => {
  const ids = [...new Set(params.fault_rules)]
  const deleted = new Set(await deleteFaultRules(tx, ids))
  const missing = ids.find((id) => !deleted.has(id))
  if (missing !== undefined) throw new ApiError('ResourceNotFound', { resource: 'fault rule', id: missing })
  tx.onCommit(() => operator.faultRulesDeleted(ids))
  return { fault_rules: ids }
}
