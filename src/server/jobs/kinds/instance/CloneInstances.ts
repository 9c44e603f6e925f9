import { isoAt } from '../../../domain/clock.js'
import { settleInstances } from '../../../db/stores/instances.js'
import { releaseInstanceResources } from '../../../db/stores/instance-cascade.js'
import { settleVolumes } from '../../../db/stores/volumes.js'
import { defineJobKind, ids } from '../../kind.js'
import { instancesDirective } from './moves.js'

/**
 * The clones go pending/creating → running with their cloned volumes in-use, in one instant
 * (docs/compat.md#resource-states); a failed clone ceases, with its volumes.
 */
export const CloneInstances = defineJobKind({
  directive: instancesDirective.extend({ volumes: ids }),
  steps: [
    {
      realisticMs: 12_000,
      run: async ({ tx, directive, now }) => {
        const at = isoAt(now)
        await settleInstances(tx, directive.instances, { transition: 'creating', status: 'running', at })
        await settleVolumes(tx, directive.volumes, { transition: 'creating', status: 'in-use', at })
      },
    },
  ],
  fail: async ({ tx, directive, now }) => {
    const at = isoAt(now)
    await settleInstances(tx, directive.instances, { transition: 'creating', status: 'ceased', at })
    await releaseInstanceResources(tx, directive.instances, at)
    await settleVolumes(tx, directive.volumes, { transition: '', status: 'ceased', at })
  },
})
