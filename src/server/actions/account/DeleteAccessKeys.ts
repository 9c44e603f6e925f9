import { ApiError } from '../../../protocol/errors.js'
import { deleteAccessKey, describeAccessKeys } from '../../db/stores/access-keys.js'
import type { Handler } from '../types.js'

export const DeleteAccessKeys: Handler<'DeleteAccessKeys'> = async (params, { tx, caller }) => {
  const ids = [...new Set(params.access_keys)]
  // Keys are not in the resource registry and belong to an account: another user's key is unknown (2100).
  const { rows } = await describeAccessKeys(
    tx.db,
    { scope: { kind: 'owner', owner: caller.user_id }, access_key_ids: ids },
    { offset: 0, limit: ids.length, key: 'access_key_id', direction: 'asc' },
  )
  const known = new Set(rows.map((row) => row.access_key_id))
  const missing = ids.find((id) => !known.has(id))
  if (missing !== undefined) throw new ApiError('ResourceNotFound', { resource: 'access key', id: missing })
  // The caller keeps the key it is using, so it can never lock itself out through the API.
  if (known.has(caller.access_key_id)) {
    throw new ApiError('PermissionDenied', {
      reason: `access key [${caller.access_key_id}] signs this request, it can not be deleted by it`,
    })
  }
  for (const id of ids) await deleteAccessKey(tx, id)
  return { access_keys: ids }
}
