import { updateVolumes, type VolumeRow } from '../../db/stores/volumes.js'
import type { Handler } from '../types.js'
import { volumes } from '../../services/lookups/volume.js'

export const ModifyVolumeAttributes: Handler<'ModifyVolumeAttributes'> = async (params, { tx, zone }) => {
  const row = await volumes.one(tx.db, params.volume, zone)
  const changes: Partial<VolumeRow> = {}
  if (params.volume_name !== undefined) changes.volume_name = params.volume_name.trim()
  if (params.description !== undefined) changes.description = params.description.trim()
  if (Object.keys(changes).length > 0) await updateVolumes(tx, [row.volume_id], changes)
  return {}
}
