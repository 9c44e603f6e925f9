import { isoAt } from '../../domain/clock.js'
import { updateInstances } from '../../db/stores/instances.js'
import type { JobKind } from '../kind.js'
import type { InstancesDirective } from './instance-moves.js'

/** terminated → ceased (spec iaas.md §3.12); no transition shows meanwhile. */
export const CeaseInstances: JobKind<InstancesDirective> = {
  steps: [
    {
      realisticMs: 2000,
      run: ({ tx, directive, now }) => updateInstances(tx, directive.instances, { status: 'ceased', status_time: isoAt(now) }),
    },
  ],
}
