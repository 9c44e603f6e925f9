import type { JobKind } from '../kind.js'

/** The NICs were created by the request; the job marks the change done (docs/compat.md#join-leave-vxnet). */
export const JoinVxnet: JobKind<{ vxnet: string; instances: string[] }> = { steps: [{ realisticMs: 3000, run: async () => {} }] }
