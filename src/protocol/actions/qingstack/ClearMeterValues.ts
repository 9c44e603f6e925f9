import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ClearMeterValues = defineAction({
  name: 'ClearMeterValues',
  service: 'qingstack',
  summary: 'Unpin meters of a resource (all of them unless named): they read simulated values again.',
  mode: 'sync',
  zone: 'optional',
  callers: 'root',
  permission: { resource: 'monitor', operation: 'modify' },
  params: {
    resource: p.id('any').required().describe('an instance, EIP or router ID'),
    meters: p.list(p.string({ max: 128 }), { maxItems: 64 }).describe('only these meters'),
  },
  response: {
    resource_id: z.string(),
    cleared: z.number().int(),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
