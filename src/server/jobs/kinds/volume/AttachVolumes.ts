import { volumeMoves } from '../../../domain/volumes.js'
import { volumeMoveKind } from './moves.js'

/** available/attaching → in-use (docs/compat.md#resource-states); a failed attach leaves them available and unattached. */
export const AttachVolumes = volumeMoveKind(volumeMoves.attach, 3000, { onFail: { instance_id: null, device: null } })
