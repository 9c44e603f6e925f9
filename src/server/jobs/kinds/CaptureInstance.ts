import { isoAt } from '../../domain/clock.js'
import { settleImages } from '../../db/stores/images.js'
import type { JobKind } from '../kind.js'

/** The new image: pending/creating → available; the instance stays stopped (docs/compat.md#capture-instance). */
export const CaptureInstance: JobKind<{ images: string[] }> = {
  steps: [
    {
      realisticMs: 30_000,
      run: ({ tx, directive, now }) => settleImages(tx, directive.images, { transition: 'creating', status: 'available', at: isoAt(now) }),
    },
  ],
  fail: ({ tx, directive, now }) => settleImages(tx, directive.images, { transition: 'creating', status: 'ceased', at: isoAt(now) }),
}
