import { z } from 'zod'
import { isoAt } from '../../../domain/clock.js'
import { updateVolumes } from '../../../db/stores/volumes.js'
import { defineJobKind, ids } from '../../kind.js'

/** pending/creating → available (docs/compat.md#resource-states); a failed creation leaves nothing usable. */
export const CreateVolumes = defineJobKind({
  directive: z.object({ volumes: ids }),
  steps: [
    {
      realisticMs: 4000,
      run: ({ tx, directive, now }) =>
        updateVolumes(tx, directive.volumes, { status: 'available', transition_status: '', status_time: isoAt(now) }),
    },
  ],
  fail: ({ tx, directive, now }) =>
    updateVolumes(tx, directive.volumes, { status: 'ceased', transition_status: '', status_time: isoAt(now) }),
})
