import { instanceMoveAction } from './move.js'

export const StartInstances = instanceMoveAction(
  'StartInstances',
  'Start stopped instances; each passes through transition_status "starting" to running.',
  {},
)
