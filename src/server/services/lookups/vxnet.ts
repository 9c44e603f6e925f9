import { ApiError } from '../../../protocol/errors.js'
import { baseVxnet } from '../../domain/addresses.js'
import { lookupOf } from '../../domain/lookup.js'
import { findVxnets } from '../../db/stores/vxnets.js'

/** `vxnets.all(q, ids, zone)` / `.one(…)`: rows, or 2100 for the first unknown id. */
export const vxnets = lookupOf(findVxnets, (row) => row.vxnet_id, 'vxnet')

/** vxnet-0 is the platform's: it can not be modified or deleted (docs/compat.md#vxnet-0). */
export function refuseBaseVxnet(ids: readonly string[], verb: string): void {
  if (ids.includes(baseVxnet.vxnet_id)) {
    throw new ApiError('PermissionDenied', { reason: `vxnet [${baseVxnet.vxnet_id}] is the basic network, it can not be ${verb}` })
  }
}
