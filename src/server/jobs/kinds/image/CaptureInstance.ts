import { z } from 'zod'
import { isoAt } from '../../../domain/clock.js'
import { settleImages } from '../../../db/stores/images.js'
import { defineJobKind, ids } from '../../kind.js'

/** The new image: pending/creating → available; the instance stays stopped (docs/compat.md#capture-instance). */
export const CaptureInstance = defineJobKind({
  directive: z.object({ images: ids }),
  steps: [
    {
      realisticMs: 30_000,
      run: ({ tx, directive, now }) => settleImages(tx, directive.images, { transition: 'creating', status: 'available', at: isoAt(now) }),
    },
  ],
  fail: ({ tx, directive, now }) => settleImages(tx, directive.images, { transition: 'creating', status: 'ceased', at: isoAt(now) }),
})
