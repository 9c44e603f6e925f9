import { defineAction } from '../../define.js'
import { ClockState } from '../../records/operator.js'

export const ResetClock = defineAction({
  name: 'ResetClock',
  service: 'qingstack',
  summary: "Put the simulated world's clock back on the wall clock (offset 0).",
  mode: 'sync',
  zone: 'none',
  permission: { resource: 'monitor', operation: 'modify' },
  callers: 'root',
  params: {},
  response: ClockState,
  errors: ['PermissionDenied'],
})
