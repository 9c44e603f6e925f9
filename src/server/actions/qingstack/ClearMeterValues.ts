import { ApiError } from '../../../protocol/errors.js'
import { deleteMeterPins } from '../../db/stores/meter-pins.js'
import { monitored } from '../../services/monitor.js'
import type { Handler } from '../types.js'

export const ClearMeterValues: Handler<'ClearMeterValues'> = async (params, { tx }) => {
  const resource = await monitored(tx.db, params.resource)
  if (!resource) throw new ApiError('ResourceNotFound', { resource: 'instance, EIP or router', id: params.resource })
  const cleared = await deleteMeterPins(
    tx,
    resource.resource_id,
    params.meters?.map((m) => m.toLowerCase()),
  )
  return { resource_id: resource.resource_id, cleared }
}
