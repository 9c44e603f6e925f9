import { z } from 'zod'

/**
 * One request as the audit log keeps it (docs/operator.md#audit-log). `user_id` is null when no
 * key was verified (then `access_key_id` is the key the request claimed); `params` are the request's
 * parameters without the signature, secrets replaced by `[redacted]`.
 */
export const AuditEvent = z.object({
  request_id: z.string(),
  /** When the request arrived, with milliseconds. */
  event_time: z.string(),
  endpoint: z.enum(['iaas', 'qingstack']),
  user_id: z.string().nullable(),
  access_key_id: z.string().nullable(),
  action: z.string().nullable(),
  zone_id: z.string().nullable(),
  project_id: z.string().nullable(),
  /** The resource ids the request named, and those its answer created. */
  resource_ids: z.array(z.string()),
  ret_code: z.number().int(),
  message: z.string(),
  duration_ms: z.number().int(),
  client_ip: z.string(),
  user_agent: z.string(),
  /** The fault rule that answered the request, if one did. */
  fault_rule_id: z.string().nullable(),
  params: z.record(z.string(), z.string()),
})
export type AuditEvent = z.infer<typeof AuditEvent>
