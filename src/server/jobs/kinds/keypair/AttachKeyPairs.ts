import { z } from 'zod'
import { isoAt } from '../../../domain/clock.js'
import { findInstances } from '../../../db/stores/instances.js'
import { attachKeypairs, findKeypairs } from '../../../db/stores/keypairs.js'
import { defineJobKind, ids } from '../../kind.js'

export const keypairsDirective = z.object({ keypairs: ids, instances: ids })

/**
 * Binds every key pair to every instance (docs/compat.md#keypair-attach). What went away meanwhile (a key pair
 * deleted, an instance terminated) is skipped, so no binding outlives its ends.
 */
export const AttachKeyPairs = defineJobKind({
  directive: keypairsDirective,
  steps: [
    {
      realisticMs: 2000,
      run: async ({ tx, directive, now }) => {
        const pairs = (await findKeypairs(tx.db, directive.keypairs)).map((k) => k.keypair_id)
        const live = (await findInstances(tx.db, directive.instances)).filter((i) => i.status === 'running' || i.status === 'stopped')
        await attachKeypairs(
          tx,
          live.map((i) => i.instance_id),
          pairs,
          isoAt(now),
        )
      },
    },
  ],
})
