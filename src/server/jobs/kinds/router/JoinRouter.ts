import { z } from 'zod'
import { formatIp, lowestFree, parseIp } from '../../../domain/addresses.js'
import { dhcpRange } from '../../../domain/vxnets.js'
import { allTakenAddresses, nicsInVxnetWithoutAddress, setNicAddress } from '../../../db/stores/nics.js'
import { findVxnets } from '../../../db/stores/vxnets.js'
import { defineJobKind } from '../../kind.js'

/**
 * Instances already in the VxNet get the lowest free addresses of its new DHCP range (spec
 * docs/compat.md#router-addressing); should the range be full, the rest keep none.
 */
export const JoinRouter = defineJobKind({
  directive: z.object({ router: z.string(), vxnet: z.string() }),
  steps: [
    {
      realisticMs: 5000,
      run: async ({ tx, directive }) => {
        const [vxnet] = await findVxnets(tx.db, [directive.vxnet])
        if (!vxnet || vxnet.router_id !== directive.router) return
        const nics = await nicsInVxnetWithoutAddress(tx.db, vxnet.zone_id, vxnet.vxnet_id)
        if (nics.length === 0) return
        const range = dhcpRange({ dyn_ip_start: vxnet.dyn_ip_start!, dyn_ip_end: vxnet.dyn_ip_end! })
        const taken = new Set((await allTakenAddresses(tx.db, vxnet.zone_id, vxnet.vxnet_id)).map((ip) => parseIp(ip)!))
        const free = lowestFree(range, taken, nics.length)
        for (const [i, nic] of nics.entries()) if (free[i] !== undefined) await setNicAddress(tx, nic.nic_id, formatIp(free[i]!))
      },
    },
  ],
})
