import { volumeMoves } from '../../../domain/volumes.js'
import { volumeMoveKind } from './moves.js'

/** in-use/detaching → available, no longer attached (docs/compat.md#resource-states). */
export const DetachVolumes = volumeMoveKind(volumeMoves.detach, 3000, { changes: () => ({ instance_id: null, device: null }) })
