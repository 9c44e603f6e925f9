import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const SetMeterValues = defineAction({
  name: 'SetMeterValues',
  service: 'qingstack',
  summary:
    'Pin meters of a resource for a while, in the unit GetMonitor answers (cpu=950 is 95 %), so that alarms can be driven on purpose (docs/monitoring.md).',
  mode: 'sync',
  zone: 'optional',
  callers: 'root',
  permission: { resource: 'monitor', operation: 'modify' },
  params: {
    resource: p.id('any').required().describe('an instance, EIP or router ID'),
    meters: p
      .objects(
        {
          meter: p.string({ max: 128 }).required().describe('a meter of the resource, as GetMonitor names it'),
          value: p.string({ max: 256 }).required().describe('a number (cpu, memory: per mille), [in,out] for pairs, or the disk-us text'),
        },
        { maxItems: 64 },
      )
      .required()
      .describe('meters and their values'),
    duration: p
      .string({ pattern: /^[1-9]\d{0,5}[smhd]$/, patternDoc: 'a duration such as 90s, 15m, 2h or 1d' })
      .default('15m')
      .describe('how long the values hold from now on the server clock'),
  },
  response: {
    resource_id: z.string(),
    meters: z.array(z.object({ meter: z.string(), value: z.unknown(), start_time: z.string(), end_time: z.string() })),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
