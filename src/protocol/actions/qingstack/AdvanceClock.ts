import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { ClockState } from '../../records/operator.js'

export const AdvanceClock = defineAction({
  name: 'AdvanceClock',
  service: 'qingstack',
  summary:
    "Move the simulated world's clock forward: jobs, record times and the recycle bin follow at once, in every process; signatures keep the wall clock.",
  mode: 'sync',
  zone: 'none',
  permission: { resource: 'monitor', operation: 'modify' },
  callers: 'root',
  params: {
    seconds: p
      .int({ min: 1, max: 10 * 366 * 86_400 })
      .required()
      .describe('how many seconds to move the clock forward'),
  },
  response: ClockState,
  errors: ['MissingParameter', 'InvalidParameter', 'PermissionDenied'],
})
