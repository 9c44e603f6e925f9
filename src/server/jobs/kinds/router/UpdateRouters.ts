import { dropEipsOfHolders, findEips, updateEips } from '../../../db/stores/eips.js'
import { findRouters, updateRouters } from '../../../db/stores/routers.js'
import { routerMoveKind } from './moves.js'

/**
 * active/updating → active, is_applied 1. ModifyRouterAttributes sets EIPs at once now
 * (docs/compat.md#router-eip-at-once); an EIP a store still holds staged from before is applied
 * here, when it is still available.
 */
export const UpdateRouters = routerMoveKind('updating', 5000, { is_applied: 1 }, async (tx, settled, at) => {
  for (const router of await findRouters(tx.db, settled)) {
    if (router.pending_eip_id === null) continue
    await dropEipsOfHolders(tx, [router.router_id], at)
    const [eip] = await findEips(tx.db, router.pending_eip_id ? [router.pending_eip_id] : [])
    if (eip && eip.status === 'available' && eip.transition_status === '') {
      await updateEips(tx, [eip.eip_id], { status: 'associated', resource_id: router.router_id, resource_type: 'router', status_time: at })
    }
    await updateRouters(tx, [router.router_id], { pending_eip_id: null })
  }
})
