import { volumeMoves } from '../../../domain/volumes.js'
import { volumeMoveKind, type VolumesDirective } from './moves.js'

/** available/resizing → available at the new size (spec iaas.md §5.6, gaps G-C7). */
export const ResizeVolumes = volumeMoveKind<VolumesDirective & { size: number }>(volumeMoves.resize, 4000, {
  changes: (directive) => ({ size: directive.size }),
})
