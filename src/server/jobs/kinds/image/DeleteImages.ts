import { z } from 'zod'
import { isoAt } from '../../../domain/clock.js'
import { imageMoves } from '../../../domain/images.js'
import { revokeAllShares, settleImages } from '../../../db/stores/images.js'
import { defineJobKind, ids } from '../../kind.js'

/** available/deleting → deleted, no longer shared; instances made from them keep running (docs/compat.md#deleted-images). */
export const DeleteImages = defineJobKind({
  directive: z.object({ images: ids }),
  steps: [
    {
      realisticMs: 3000,
      run: async ({ tx, directive, now }) => {
        await settleImages(tx, directive.images, { transition: imageMoves.delete.transition, status: 'deleted', at: isoAt(now) })
        await revokeAllShares(tx, directive.images)
      },
    },
  ],
  fail: ({ tx, directive, now }) => settleImages(tx, directive.images, { transition: imageMoves.delete.transition, at: isoAt(now) }),
})
