import { dropEipsOfHolders } from '../../../db/stores/eips.js'
import { releaseNics } from '../../../db/stores/nics.js'
import { unbindSecurityGroups } from '../../../db/stores/security-groups.js'
import { routerMoveKind } from './moves.js'

/**
 * <status>/deleting → deleted: the EIP returns to available, the security group loses the router
 * and its vxnet-0 address is free (docs/compat.md#resource-states).
 */
export const DeleteRouters = routerMoveKind('deleting', 5000, { status: 'deleted', pending_eip_id: null }, async (tx, settled, at) => {
  await dropEipsOfHolders(tx, settled, at)
  await unbindSecurityGroups(tx, settled)
  await releaseNics(tx, settled)
})
