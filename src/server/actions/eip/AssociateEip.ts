import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { dropEipsOfHolders, eipsOfHolders, updateEips } from '../../db/stores/eips.js'
import { nicsOf } from '../../db/stores/nics.js'
import type { Handler } from '../types.js'
import { instances } from '../../services/lookups/instance.js'
import { eips, refuseLoadbalancerEips, requireEipStatus } from '../../services/lookups/eip.js'

/** Instances that can hold an EIP (docs/compat.md#associate-eip). */
const holding = new Set(['pending', 'running', 'stopped'])

export const AssociateEip: Handler<'AssociateEip'> = async (params, { tx, zone, now, enqueueJob }) => {
  const eip = await eips.one(tx.db, params.eip, zone)
  refuseLoadbalancerEips([eip], 'associated with an instance')
  const instance = await instances.one(tx.db, params.instance, zone)
  if (!holding.has(instance.status)) {
    throw new ApiError('PermissionDenied', {
      reason: `instance [${instance.instance_id}] is ${instance.status}, an EIP can not be associated with it`,
    })
  }
  if ((await nicsOf(tx.db, [instance.instance_id])).length === 0) {
    throw new ApiError('PermissionDenied', {
      reason: `instance [${instance.instance_id}] is in no network, an EIP can not be associated with it`,
    })
  }
  const at = isoAt(now)
  const held = (await eipsOfHolders(tx.db, [instance.instance_id])).filter((row) => row.eip_id !== eip.eip_id)
  if (params.force === true) {
    // force moves the EIP from its holder and replaces the instance's EIP (docs/compat.md#associate-eip).
    requireEipStatus([eip], ['available', 'associated'], 'associated')
    await dropEipsOfHolders(
      tx,
      held.map((row) => row.resource_id!),
      at,
    )
  } else {
    requireEipStatus([eip], ['available'], 'associated')
    if (held.length > 0) {
      throw new ApiError('PermissionDenied', {
        reason: `instance [${instance.instance_id}] already holds eip [${held[0]!.eip_id}], dissociate it first`,
      })
    }
  }
  await updateEips(tx, [eip.eip_id], {
    transition_status: 'associating',
    resource_id: instance.instance_id,
    resource_type: 'instance',
    status_time: at,
  })
  const job_id = await enqueueJob({ resource_ids: [eip.eip_id, instance.instance_id], directive: { eips: [eip.eip_id] } })
  return { job_id }
}
