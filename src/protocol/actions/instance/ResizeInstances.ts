import { instanceMoveAction } from './move.js'
import { sizeParams } from './RunInstances.js'

export const ResizeInstances = instanceMoveAction(
  'ResizeInstances',
  'Change the CPU, memory or OS disk of stopped instances; each passes through "resizing" and stays stopped.',
  sizeParams,
)
