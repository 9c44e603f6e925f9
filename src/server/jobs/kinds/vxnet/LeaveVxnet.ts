import { z } from 'zod'
import { deleteNics, nicsInNetwork } from '../../../db/stores/nics.js'
import { defineJobKind, ids } from '../../kind.js'

/** The instances' NICs in the VxNet go, and their addresses are free (docs/compat.md#join-leave-vxnet). */
export const LeaveVxnet = defineJobKind({
  directive: z.object({ vxnet: z.string(), instances: ids }),
  steps: [
    {
      realisticMs: 3000,
      run: async ({ tx, directive }) => {
        const nics = await nicsInNetwork(tx.db, directive.vxnet, directive.instances)
        await deleteNics(
          tx,
          nics.map((n) => n.nic_id),
        )
      },
    },
  ],
})
