import { z } from 'zod'
import { isoAt } from '../../../domain/clock.js'
import { restoreHeads, settleSnapshots, findSnapshots } from '../../../db/stores/snapshots.js'
import { defineJobKind, ids } from '../../kind.js'

/** pending/creating → available and taken (docs/compat.md#resource-states, docs/compat.md#snapshot-chains); a failed point ceases and its resource's head goes back. */
export const CreateSnapshots = defineJobKind({
  directive: z.object({ snapshots: ids }),
  steps: [
    {
      realisticMs: 10_000,
      run: ({ tx, directive, now }) =>
        settleSnapshots(tx, directive.snapshots, { transition: 'creating', status: 'available', at: isoAt(now), changes: { is_taken: 1 } }),
    },
  ],
  fail: async ({ tx, directive, now }) => {
    await settleSnapshots(tx, directive.snapshots, { transition: 'creating', status: 'ceased', at: isoAt(now), changes: { is_head: 0 } })
    await restoreHeads(
      tx,
      (await findSnapshots(tx.db, directive.snapshots)).map((row) => row.resource_id),
    )
  },
})
