import { p } from '../../params.js'
import { instanceMoveAction } from './move.js'

export const TerminateInstances = instanceMoveAction(
  'TerminateInstances',
  'Terminate instances into the recycle bin; their volumes, key pairs and addresses are let go when the job ends.',
  { direct_cease: p.flag().describe('1 skips the recycle bin: the instances end ceased') },
)
