import { ApiError } from '../../../protocol/errors.js'
import { vpnCerts } from '../../domain/vpn-certs.js'
import { eipsOfHolders } from '../../db/stores/eips.js'
import type { Handler } from '../types.js'
import { routers } from '../../services/lookups/router.js'

/** The router's client material, the same on every call (docs/compat.md#get-vpn-certs). */
export const GetVPNCerts: Handler<'GetVPNCerts'> = async (params, { tx, zone }) => {
  const router = await routers.one(tx.db, params.router, zone)
  if (router.status === 'deleted') throw new ApiError('PermissionDenied', { reason: `router [${router.router_id}] is deleted` })
  const eip = (await eipsOfHolders(tx.db, [router.router_id])).find((e) => e.status === 'associated')
  return { router_id: router.router_id, platform: params.platform ?? 'linux', ...vpnCerts(router, eip?.eip_addr ?? router.private_ip) }
}
