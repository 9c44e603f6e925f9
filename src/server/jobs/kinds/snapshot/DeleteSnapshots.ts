import { isoAt } from '../../../domain/clock.js'
import { snapshotMoves } from '../../../domain/snapshots.js'
import { restoreHeads, settleSnapshots } from '../../../db/stores/snapshots.js'
import type { JobKind } from '../../kind.js'

/**
 * available/deleting → deleted; a resource whose current point went gets its newest remaining
 * point as current, so its next incremental point follows that one.
 */
export const DeleteSnapshots: JobKind<{ snapshots: string[]; resources: string[] }> = {
  steps: [
    {
      realisticMs: 3000,
      run: async ({ tx, directive, now }) => {
        await settleSnapshots(tx, directive.snapshots, { transition: snapshotMoves.delete.transition, status: 'deleted', at: isoAt(now), changes: { is_head: 0 } })
        await restoreHeads(tx, directive.resources)
      },
    },
  ],
  fail: ({ tx, directive, now }) => settleSnapshots(tx, directive.snapshots, { transition: snapshotMoves.delete.transition, at: isoAt(now) }),
}
