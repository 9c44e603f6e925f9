export interface UserdataAttachmentsTable {
  attachment_id: string
  attachment_name: string
  /** base64, as uploaded */
  attachment_content: string
  /** bytes of the decoded archive */
  size: number
  owner: string
  zone_id: string
  create_time: string
}
