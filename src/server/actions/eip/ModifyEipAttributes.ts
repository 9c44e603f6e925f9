import { updateEips, type EipRow } from '../../db/stores/eips.js'
import type { Handler } from '../types.js'
import { eips } from '../../services/lookups/eip.js'

export const ModifyEipAttributes: Handler<'ModifyEipAttributes'> = async (params, { tx, zone }) => {
  const row = await eips.one(tx.db, params.eip, zone)
  const changes: Partial<EipRow> = {}
  if (params.eip_name !== undefined) changes.eip_name = params.eip_name.trim()
  if (params.description !== undefined) changes.description = params.description.trim() === '' ? null : params.description.trim()
  if (Object.keys(changes).length > 0) await updateEips(tx, [row.eip_id], changes)
  return { eip_id: row.eip_id }
}
