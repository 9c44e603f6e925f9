import { z } from 'zod'
import { defineJobKind, ids } from '../../kind.js'

/** The NICs were created by the request; the job marks the change done (docs/compat.md#join-leave-vxnet). */
export const JoinVxnet = defineJobKind({
  directive: z.object({ vxnet: z.string(), instances: ids }),
  steps: [{ realisticMs: 3000, run: async () => {} }],
})
