import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { Alarm } from '../../records/alarm.js'

export const DescribeProjectAlarms = defineAction({
  name: 'DescribeProjectAlarms',
  service: 'project',
  summary:
    "The alarms (ok, alarm or insufficient) of a project's items: all for its owner, for a member those on items its role may describe.",
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'project' },
  params: {
    project_id: p.id('project').required().describe('the project'),
    offset: p.offset(),
    limit: p.limit(999, 999),
  },
  response: {
    project_resource_alarm_set: z.array(Alarm.extend({ resource_type: z.string() })),
    total_count: z.number().int(),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
