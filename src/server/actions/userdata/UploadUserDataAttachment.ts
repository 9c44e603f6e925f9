import { MAX_ATTACHMENT_BYTES } from '../../../protocol/actions/userdata/UploadUserDataAttachment.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { decodeBase64 } from '../../domain/userdata.js'
import { insertAttachment } from '../../db/stores/userdata.js'
import type { Handler } from '../types.js'

/**
 * Keeps the archive for RunInstances (userdata_type=tar). Its format is not checked: no guest
 * unpacks it here, and QingCloud's docs do not say what a wrong one answers.
 */
export const UploadUserDataAttachment: Handler<'UploadUserDataAttachment'> = async (params, { tx, caller, zone, now }) => {
  const content = params.attachment_content.trim()
  const bytes = decodeBase64(content, 'attachment_content', MAX_ATTACHMENT_BYTES)
  const attachment_id = newId('uda-')
  await insertAttachment(tx, {
    attachment_id,
    attachment_name: params.attachment_name?.trim() ?? '',
    attachment_content: content,
    size: bytes.length,
    owner: caller.user_id,
    zone_id: zone,
    create_time: isoAt(now),
  })
  return { attachment_id }
}
