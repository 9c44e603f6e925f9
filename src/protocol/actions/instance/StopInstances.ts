import { p } from '../../params.js'
import { instanceMoveAction } from './move.js'

export const StopInstances = instanceMoveAction(
  'StopInstances',
  'Stop running instances; each passes through transition_status "stopping" to stopped.',
  { force: p.flag().describe('1 powers off at once instead of shutting down') },
)
