import { deleteNics, nicsInNetwork } from '../../db/stores/nics.js'
import type { JobKind } from '../kind.js'

/** The instances' NICs in the VxNet go, and their addresses are free (docs/compat.md#join-leave-vxnet). */
export const LeaveVxnet: JobKind<{ vxnet: string; instances: string[] }> = {
  steps: [
    {
      realisticMs: 3000,
      run: async ({ tx, directive }) => {
        const nics = await nicsInNetwork(tx.db, directive.vxnet, directive.instances)
        await deleteNics(tx, nics.map((n) => n.nic_id))
      },
    },
  ],
}
