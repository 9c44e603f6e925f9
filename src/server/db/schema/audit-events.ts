/**
 * The audit log (docs/operator.md#audit-log): one row per request to `/iaas/` or `/qingstack/`.
 * `user_id` is null when no key was verified; `access_key_id` is then the key the request claimed.
 * `resource_ids` and `params` are JSON text; secrets in `params` are redacted before they are written.
 */
export interface AuditEventsTable {
  request_id: string
  event_time: string
  endpoint: string
  user_id: string | null
  access_key_id: string | null
  action: string | null
  zone_id: string | null
  project_id: string | null
  resource_ids: string
  ret_code: number
  message: string
  duration_ms: number
  client_ip: string
  user_agent: string
  /** The fault rule that answered the request, if one did (set by fault injection). */
  fault_rule_id: string | null
  params: string
}

/** Each resource id an event named or created, for a resource's trail and a project's. */
export interface AuditEventResourcesTable {
  request_id: string
  resource_id: string
}

/**
 * Events on their way to `audit_events`: what a change's transaction wrote, and what the writer
 * behind moves in batches (docs/operator.md#audit-log).
 */
export type AuditOutboxTable = AuditEventsTable
