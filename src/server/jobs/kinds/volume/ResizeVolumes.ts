import { z } from 'zod'
import { volumeMoves } from '../../../domain/volumes.js'
import { volumeMoveKind, volumesDirective } from './moves.js'

/** available/resizing → available at the new size (docs/compat.md#resource-states, docs/compat.md#resizing-transition). */
export const ResizeVolumes = volumeMoveKind(
  volumeMoves.resize,
  4000,
  { changes: (directive) => ({ size: directive.size }) },
  volumesDirective.extend({ size: z.number() }),
)
