import { instanceMoveAction } from './move.js'

export const CeaseInstances = instanceMoveAction(
  'CeaseInstances',
  'Cease terminated instances for good: they leave the recycle bin and are gone.',
  {},
)
