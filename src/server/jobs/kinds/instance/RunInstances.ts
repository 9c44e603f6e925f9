import { isoAt } from '../../../domain/clock.js'
import { settleInstances } from '../../../db/stores/instances.js'
import { releaseInstanceResources } from '../../../db/stores/instance-cascade.js'
import { settleVolumes } from '../../../db/stores/volumes.js'
import { defineJobKind, ids } from '../../kind.js'
import { instancesDirective } from './moves.js'

/**
 * pending/creating → running; volumes named at creation become in-use in the same instant
 * (docs/compat.md#resource-states). A failed creation ceases the instances and lets go of what they held.
 */
export const RunInstances = defineJobKind({
  directive: instancesDirective.extend({ volumes: ids }),
  steps: [
    {
      realisticMs: 10_000,
      run: async ({ tx, directive, now }) => {
        const at = isoAt(now)
        await settleInstances(tx, directive.instances, { transition: 'creating', status: 'running', at })
        await settleVolumes(tx, directive.volumes, { transition: 'attaching', status: 'in-use', at })
      },
    },
  ],
  fail: async ({ tx, directive, now }) => {
    const at = isoAt(now)
    await settleInstances(tx, directive.instances, { transition: 'creating', status: 'ceased', at })
    await releaseInstanceResources(tx, directive.instances, at)
  },
})
