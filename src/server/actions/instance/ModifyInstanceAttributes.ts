import { updateInstances, type InstanceRow } from '../../db/stores/instances.js'
import type { Handler } from '../types.js'
import { instances } from '../../services/lookups/instance.js'

export const ModifyInstanceAttributes: Handler<'ModifyInstanceAttributes'> = async (params, { tx, zone }) => {
  const row = await instances.one(tx.db, params.instance, zone)
  const changes: Partial<InstanceRow> = {}
  if (params.instance_name !== undefined) changes.instance_name = params.instance_name.trim()
  if (params.description !== undefined) changes.description = params.description.trim()
  if (params.nic_mqueue !== undefined) changes.nic_mqueue = params.nic_mqueue
  if (Object.keys(changes).length > 0) await updateInstances(tx, [row.instance_id], changes)
  return {}
}
