import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

/** The docs' limit on the archive before base64 (userdata/upload_userdata_attachment.md): 2 MB. */
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024

export const UploadUserDataAttachment = defineAction({
  name: 'UploadUserDataAttachment',
  service: 'userdata',
  summary: 'Upload an archive of User Data (base64, at most 2 MB before encoding) for RunInstances with userdata_type=tar.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'userdata_attachment', operation: 'modify' },
  params: {
    attachment_content: p
      .string({ max: Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 })
      .required()
      .example('dXNlcmRhdGE=')
      .describe("the archive (zip, tar, tgz or tbz), base64-encoded; QingCloud's clients send it by POST"),
    attachment_name: p.string({ max: 256 }).describe('file name'),
  },
  response: {
    attachment_id: z.string(),
  },
  errors: ['MissingParameter', 'InvalidParameter'],
})
