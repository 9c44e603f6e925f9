import { instanceMoveAction } from './move.js'

export const RestartInstances = instanceMoveAction(
  'RestartInstances',
  'Restart running instances; each passes through transition_status "restarting" and runs again.',
  {},
)
