import { ApiError } from '../../../protocol/errors.js'
import type { AuditEvent } from '../../../protocol/records/audit-event.js'
import { findAuditEvents, managedProjectsOf, type AuditEventRow, type AuditVisibility } from '../../db/stores/audit-events.js'
import { findUserByEmail } from '../../db/stores/users.js'
import type { Handler } from '../types.js'

/**
 * The audit log as the caller may see it (docs/operator.md#audit-log): root every event; anyone
 * else their own, and the events on the resources (or naming the project) of each project they own
 * or administer.
 */
export const DescribeAuditEvents: Handler<'DescribeAuditEvents'> = async (params, { tx, caller }) => {
  const visibility: AuditVisibility =
    caller.role === 'root'
      ? { kind: 'all' }
      : { kind: 'user', user_id: caller.user_id, projects: await managedProjectsOf(tx.db, caller.user_id) }
  let user_id = params.user
  if (user_id?.includes('@')) {
    // An unknown e-mail matches no event, as an unknown user id does.
    user_id = (await findUserByEmail(tx.db, user_id.toLowerCase()))?.user_id ?? user_id
  }
  if (params.start_time && params.end_time && params.start_time > params.end_time) {
    throw new ApiError('InvalidParameter', { param: 'end_time', reason: 'must not be before start_time' })
  }
  const { rows, total } = await findAuditEvents(tx.db, {
    filter: {
      start_time: params.start_time && new Date(params.start_time).toISOString(),
      end_time: params.end_time && new Date(params.end_time).toISOString(),
      user_id,
      action: params.action_name,
      ret_code: params.ret_code,
      failed: params.failed,
      resource_id: params.resource,
      request_id: params.request_id,
      project_id: params.project_id,
    },
    visibility,
    offset: params.offset,
    limit: params.limit,
    oldestFirst: params.reverse === true,
  })
  return { audit_event_set: rows.map(toRecord), total_count: total }
}

function toRecord(row: AuditEventRow): AuditEvent {
  return {
    ...row,
    endpoint: row.endpoint === 'qingstack' ? 'qingstack' : 'iaas',
    resource_ids: JSON.parse(row.resource_ids) as string[],
    params: JSON.parse(row.params) as Record<string, string>,
  }
}
