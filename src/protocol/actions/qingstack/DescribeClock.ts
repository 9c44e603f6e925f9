import { defineAction } from '../../define.js'
import { ClockState } from '../../records/operator.js'

export const DescribeClock = defineAction({
  name: 'DescribeClock',
  service: 'qingstack',
  summary: "Show the simulated world's clock: its offset from the wall clock, the world's time and the wall's.",
  mode: 'sync',
  zone: 'none',
  permission: { resource: 'monitor', operation: 'describe' },
  callers: 'root',
  params: {},
  response: ClockState,
  errors: ['PermissionDenied'],
})
