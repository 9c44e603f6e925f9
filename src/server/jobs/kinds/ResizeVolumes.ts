import { volumeMoves } from '../../domain/volumes.js'
import { volumeMoveKind, type VolumesDirective } from './volume-moves.js'

/** available/resizing → available at the new size (docs/compat.md#resource-states, docs/compat.md#resizing-transition). */
export const ResizeVolumes = volumeMoveKind<VolumesDirective & { size: number }>(volumeMoves.resize, 4000, {
  changes: (directive) => ({ size: directive.size }),
})
