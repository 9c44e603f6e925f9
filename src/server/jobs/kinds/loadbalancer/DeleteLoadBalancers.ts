import { dropEipsOfHolders } from '../../../db/stores/eips.js'
import { backendsOfListeners, deleteBackends, deleteListeners, listenersOf } from '../../../db/stores/loadbalancers.js'
import { releaseNics } from '../../../db/stores/nics.js'
import { unregisterResources } from '../../../db/stores/resources.js'
import { unbindSecurityGroups } from '../../../db/stores/security-groups.js'
import { loadbalancerMoveKind } from './moves.js'

/**
 * <status>/deleting → deleted: its listeners and backends go, its EIPs become available, its
 * security group loses it and its address is free (docs/compat.md#loadbalancer-states).
 */
export const DeleteLoadBalancers = loadbalancerMoveKind('deleting', 5000, { status: 'deleted', is_applied: 1 }, async (tx, settled, at) => {
  const listeners = (await listenersOf(tx.db, settled)).map((row) => row.loadbalancer_listener_id)
  const backends = (await backendsOfListeners(tx.db, listeners)).map((row) => row.loadbalancer_backend_id)
  await deleteBackends(tx, backends)
  await deleteListeners(tx, listeners)
  await unregisterResources(tx, [...listeners, ...backends], at)
  await dropEipsOfHolders(tx, settled, at)
  await unbindSecurityGroups(tx, settled)
  await releaseNics(tx, settled)
})
