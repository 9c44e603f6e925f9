import { z } from 'zod'
import { isoAt } from '../../../domain/clock.js'
import { instanceMoves } from '../../../domain/instances.js'
import { settleInstances } from '../../../db/stores/instances.js'
import { releaseInstanceResources } from '../../../db/stores/instance-cascade.js'
import { unbindResources } from '../../../db/stores/tags.js'
import { defineJobKind } from '../../kind.js'
import { instancesDirective } from './moves.js'

/**
 * <status>/terminating → terminated (or ceased with direct_cease=1), letting go of volumes, key
 * pairs and addresses in the same transaction (docs/compat.md#termination).
 */
export const TerminateInstances = defineJobKind({
  directive: instancesDirective.extend({ direct_cease: z.boolean() }),
  steps: [
    {
      realisticMs: 5000,
      run: async ({ tx, directive, now }) => {
        const at = isoAt(now)
        await settleInstances(tx, directive.instances, {
          transition: instanceMoves.terminate.transition,
          status: directive.direct_cease ? 'ceased' : 'terminated',
          at,
        })
        await releaseInstanceResources(tx, directive.instances, at)
        if (directive.direct_cease) await unbindResources(tx, directive.instances)
      },
    },
  ],
  fail: ({ tx, directive, now }) =>
    settleInstances(tx, directive.instances, { transition: instanceMoves.terminate.transition, at: isoAt(now) }),
})
