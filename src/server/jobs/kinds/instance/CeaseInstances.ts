import { isoAt } from '../../../domain/clock.js'
import { updateInstances } from '../../../db/stores/instances.js'
import { unbindResources } from '../../../db/stores/tags.js'
import { defineJobKind } from '../../kind.js'
import { instancesDirective } from './moves.js'

/** terminated → ceased (docs/compat.md#resource-states), tags unbound; no transition shows meanwhile. */
export const CeaseInstances = defineJobKind({
  directive: instancesDirective,
  steps: [
    {
      realisticMs: 2000,
      run: async ({ tx, directive, now }) => {
        await updateInstances(tx, directive.instances, { status: 'ceased', status_time: isoAt(now) })
        await unbindResources(tx, directive.instances)
      },
    },
  ],
})
