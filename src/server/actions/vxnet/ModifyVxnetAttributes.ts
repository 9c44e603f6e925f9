import { updateVxnets, type VxnetRow } from '../../db/stores/vxnets.js'
import type { Handler } from '../types.js'
import { refuseBaseVxnet, vxnets } from '../../services/lookups/vxnet.js'

export const ModifyVxnetAttributes: Handler<'ModifyVxnetAttributes'> = async (params, { tx, zone }) => {
  refuseBaseVxnet([params.vxnet], 'modified')
  const row = await vxnets.one(tx.db, params.vxnet, zone)
  const changes: Partial<VxnetRow> = {}
  if (params.vxnet_name !== undefined) changes.vxnet_name = params.vxnet_name.trim()
  if (params.description !== undefined) changes.description = params.description.trim() === '' ? null : params.description.trim()
  if (Object.keys(changes).length > 0) await updateVxnets(tx, [row.vxnet_id], changes)
  return {}
}
