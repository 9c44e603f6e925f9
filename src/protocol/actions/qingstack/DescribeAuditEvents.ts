import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { AuditEvent } from '../../records/audit-event.js'

const time = (doc: string) =>
  p
    .string({ max: 40, pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/, patternDoc: 'a UTC time like 2026-01-15T08:00:00Z' })
    .describe(doc)

export const DescribeAuditEvents = defineAction({
  name: 'DescribeAuditEvents',
  service: 'qingstack',
  summary:
    "List the audit log, newest first: the caller's own requests, those on the resources of the projects it owns or administers, and for root every request.",
  mode: 'sync',
  zone: 'none',
  permission: { resource: 'monitor', operation: 'describe' },
  callers: 'any',
  params: {
    start_time: time('only events at or after this time'),
    end_time: time('only events at or before this time'),
    user: p.string({ max: 256 }).describe('only requests of this user (user ID or e-mail)'),
    action_name: p.string({ max: 128 }).describe('only actions with this name, or starting with it (`Describe`)'),
    ret_code: p.int({ min: 0 }).describe('only answers with this ret_code'),
    failed: p.flag().describe('1: only refused or failed requests (ret_code other than 0)'),
    resource: p.string({ max: 128 }).describe('only requests naming or creating this resource ID'),
    request_id: p.string({ max: 64 }).describe('the event of this request (the X-Request-Id header of its answer)'),
    project_id: p.string({ max: 64 }).describe('only requests made in this project (`project_id`)'),
    reverse: p.reverse().describe('1: oldest first'),
    offset: p.offset(),
    limit: p.limit(),
  },
  response: {
    audit_event_set: z.array(AuditEvent),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter'],
})
