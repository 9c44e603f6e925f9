import { dropEipsOfHolders, findEips, updateEips } from '../../db/stores/eips.js'
import { findRouters, updateRouters } from '../../db/stores/routers.js'
import { routerMoveKind } from './router-moves.js'

/**
 * active/updating → active, is_applied 1: a staged EIP becomes the router's (or is let go with
 * `eip=`), when it is still available (docs/compat.md#router-eip).
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
