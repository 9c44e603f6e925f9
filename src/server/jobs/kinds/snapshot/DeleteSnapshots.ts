import { z } from 'zod'
import { isoAt } from '../../../domain/clock.js'
import { snapshotMoves } from '../../../domain/snapshots.js'
import { restoreHeads, settleSnapshots } from '../../../db/stores/snapshots.js'
import { defineJobKind, ids } from '../../kind.js'

/**
 * available/deleting → deleted; a resource whose current point went gets its newest remaining
 * point as current, so its next incremental point follows that one.
 */
export const DeleteSnapshots = defineJobKind({
  directive: z.object({ snapshots: ids, resources: ids }),
  steps: [
    {
      realisticMs: 3000,
      run: async ({ tx, directive, now }) => {
        await settleSnapshots(tx, directive.snapshots, {
          transition: snapshotMoves.delete.transition,
          status: 'deleted',
          at: isoAt(now),
          changes: { is_head: 0 },
        })
        await restoreHeads(tx, directive.resources)
      },
    },
  ],
  fail: ({ tx, directive, now }) =>
    settleSnapshots(tx, directive.snapshots, { transition: snapshotMoves.delete.transition, at: isoAt(now) }),
})
