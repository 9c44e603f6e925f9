import { ApiError } from '../../protocol/errors.js'
import { decodeBase64 } from '../domain/userdata.js'
import { findOwnAttachment } from '../db/stores/userdata.js'
import type { HandlerContext } from '../actions/types.js'

const MAX_INLINE_BYTES = 4 * 1024

/**
 * RunInstances' User Data (docs/compat.md#user-data), checked only with need_userdata=1 (clients send the
 * other userdata_* defaults anyway, docs/compat.md#client-defaults): `plain` and `exec` carry base64 of at most 4 KB,
 * `tar` the id of an attachment the caller uploaded in this zone (UploadUserDataAttachment).
 */
export async function checkUserData(
  ctx: Pick<HandlerContext, 'tx' | 'caller' | 'zone'>,
  params: { need_userdata?: number | undefined; userdata_type?: string | undefined; userdata_value?: string | undefined },
): Promise<void> {
  if (params.need_userdata !== 1) return
  if (params.userdata_type === undefined) throw new ApiError('MissingParameter', { param: 'userdata_type' })
  if (params.userdata_value === undefined) throw new ApiError('MissingParameter', { param: 'userdata_value' })
  if (params.userdata_type !== 'tar') {
    decodeBase64(params.userdata_value, 'userdata_value', MAX_INLINE_BYTES)
    return
  }
  const id = params.userdata_value.trim()
  if (!(await findOwnAttachment(ctx.tx.db, id, ctx.caller.user_id, ctx.zone))) {
    throw new ApiError('ResourceNotFound', { resource: 'User Data attachment', id })
  }
}
