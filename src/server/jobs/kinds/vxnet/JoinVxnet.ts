import type { JobKind } from '../../kind.js'

/** The NICs were created by the request; the job marks the change done (spec network.md §3.4). */
export const JoinVxnet: JobKind<{ vxnet: string; instances: string[] }> = { steps: [{ realisticMs: 3000, run: async () => {} }] }
