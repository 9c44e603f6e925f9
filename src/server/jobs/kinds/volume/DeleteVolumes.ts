import { z } from 'zod'
import { isoAt } from '../../../domain/clock.js'
import { volumeMoves } from '../../../domain/volumes.js'
import { unbindResources } from '../../../db/stores/tags.js'
import { settleVolumes } from '../../../db/stores/volumes.js'
import { defineJobKind } from '../../kind.js'
import { volumesDirective } from './moves.js'

/** available/deleting → deleted (the recycle bin), or ceased with direct_cease=1 (docs/compat.md#resource-states, docs/compat.md#recycle-bin). */
export const DeleteVolumes = defineJobKind({
  directive: volumesDirective.extend({ direct_cease: z.boolean() }),
  steps: [
    {
      realisticMs: 3000,
      run: async ({ tx, directive, now }) => {
        const status = directive.direct_cease ? 'ceased' : 'deleted'
        await settleVolumes(tx, directive.volumes, { transition: volumeMoves.delete.transition, status, at: isoAt(now) })
        if (directive.direct_cease) await unbindResources(tx, directive.volumes)
      },
    },
  ],
  fail: ({ tx, directive, now }) => settleVolumes(tx, directive.volumes, { transition: volumeMoves.delete.transition, at: isoAt(now) }),
})
