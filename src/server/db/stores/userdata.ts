import type { Queryable, Tx } from '../database.js'
import type { UserdataAttachmentsTable } from '../schema/userdata.js'

export type UserdataAttachmentRow = UserdataAttachmentsTable

export async function insertAttachment(tx: Tx, row: UserdataAttachmentRow): Promise<void> {
  await tx.db.insertInto('userdata_attachments').values(row).execute()
}

/** The attachment, when `owner` uploaded it in `zone_id` (the content is not read: it can be 2.7 MB). */
export async function findOwnAttachment(
  q: Queryable,
  attachment_id: string,
  owner: string,
  zone_id: string,
): Promise<{ attachment_id: string } | undefined> {
  return q
    .selectFrom('userdata_attachments')
    .select('attachment_id')
    .where('attachment_id', '=', attachment_id)
    .where('owner', '=', owner)
    .where('zone_id', '=', zone_id)
    .executeTakeFirst()
}
