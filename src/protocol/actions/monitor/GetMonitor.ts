import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { Meter } from '../../records/alarm.js'

const MONITOR_STEPS = ['5m', '15m', '30m', '1h', '2h', '1d'] as const

export const GetMonitor = defineAction({
  name: 'GetMonitor',
  service: 'monitor',
  summary:
    "A resource's monitoring data (instance, EIP or router), simulated and compressed as QingCloud sends it (docs/compat.md#monitoring-compression).",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'monitor', operation: 'describe' },
  params: {
    resource: p.id().required().describe('an instance, EIP or router ID'),
    meters: p
      .list(p.string({ max: 128 }), { maxItems: 64 })
      .required()
      .describe(
        'cpu, memory, disk-os, disk-iops-os, disk-us-os, disk[-iops|-us]-<volume>, if-<mac> (instance); traffic, flow (EIP); vxnet-0, <vxnet> (router)',
      ),
    step: p
      .enum(MONITOR_STEPS)
      .required()
      .describe('5m, 15m, 2h or 1d (30m and 1h as the Python SDK also sends); 5m and 15m reach back 15 days only'),
    start_time: p.string({ max: 40 }).required().describe('UTC start, 2011-07-11T11:07:00Z'),
    end_time: p.string({ max: 40 }).required().describe('UTC end, 2011-07-11T11:07:00Z'),
  },
  response: {
    resource_id: z.string(),
    meter_set: z.array(Meter),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound'],
})
