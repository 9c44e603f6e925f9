import { z } from 'zod'
import { defineJobKind, ids } from '../../kind.js'

/** The VxNets left the router with the request (they had no instances); the job marks it done. */
export const LeaveRouter = defineJobKind({
  directive: z.object({ router: z.string(), vxnets: ids }),
  steps: [{ realisticMs: 3000, run: async () => {} }],
})
