import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DescribeProjectAlarms = defineAction({
  name: 'DescribeProjectAlarms',
  service: 'project',
  summary: "Alarms raised by a project's resources: always none, qingstack has no alarm policies.",
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'project' },
  partial: 'there is no alarm subsystem, so the set is always empty (docs/compat.md#project-statistics)',
  params: {
    project_id: p.id('project').required().describe('the project'),
    offset: p.offset(),
    limit: p.limit(999, 999),
  },
  response: {
    project_resource_alarm_set: z.array(z.record(z.string(), z.unknown())),
    total_count: z.number().int(),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
