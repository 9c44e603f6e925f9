import { z } from 'zod'

export const accessKeyStatuses = ['active', 'disabled'] as const

/**
 * An access key as DescribeAccessKeys shows it (Go `AccessKey`, docs/compat.md#describe-access-keys);
 * the secret is never sent.
 */
export const AccessKey = z.object({
  access_key_id: z.string(),
  access_key_name: z.string(),
  description: z.string(),
  owner: z.string(),
  root_user_id: z.string(),
  console_id: z.string(),
  controller: z.string(),
  ip_white_list: z.string(),
  status: z.enum(accessKeyStatuses),
  status_time: z.string(),
  create_time: z.string(),
})
export type AccessKey = z.infer<typeof AccessKey>
