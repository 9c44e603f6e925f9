import { p } from '../../params.js'
import { instanceMoveAction } from './move.js'
import { loginParams } from './RunInstances.js'

export const ResetInstances = instanceMoveAction(
  'ResetInstances',
  'Reset the OS disk of running or stopped instances to their image (or another one); volumes stay as they are.',
  {
    ...loginParams,
    image_id: p.id().describe('re-install from this image instead (docs/compat.md#reset-instances)'),
    os_disk_size: p.int({ min: 20, max: 100 }).describe('grow the OS disk to this size in GB (docs/compat.md#reset-instances)'),
    force: p.flag().describe('accepted and ignored (docs/compat.md#reset-instances)'),
  },
)
