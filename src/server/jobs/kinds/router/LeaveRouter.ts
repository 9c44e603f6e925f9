import type { JobKind } from '../../kind.js'

/** The VxNets left the router with the request (they had no instances); the job marks it done. */
export const LeaveRouter: JobKind<{ router: string; vxnets: string[] }> = { steps: [{ realisticMs: 3000, run: async () => {} }] }
