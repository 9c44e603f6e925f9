import { ApiError } from '../../../protocol/errors.js'
import { checkVolumeMove, volumeMoves } from '../../domain/volumes.js'
import { updateVolumes } from '../../db/stores/volumes.js'
import type { Handler } from '../types.js'
import { volumeInstance } from './instance.js'
import { volumes } from '../../services/lookups/volume.js'

export const DetachVolumes: Handler<'DetachVolumes'> = async (params, ctx) => {
  const instance = await volumeInstance(ctx, params)
  const rows = await volumes.all(ctx.tx.db, params.volumes, ctx.zone)
  for (const row of rows) {
    checkVolumeMove(row, volumeMoves.detach)
    if (row.instance_id !== instance.instance_id) {
      throw new ApiError('PermissionDenied', { reason: `volume [${row.volume_id}] is not attached to instance [${instance.instance_id}]` })
    }
  }
  const ids = rows.map((row) => row.volume_id)
  await updateVolumes(ctx.tx, ids, { transition_status: 'detaching' })
  const job_id = await ctx.enqueueJob({ resource_ids: [...ids, instance.instance_id], directive: { volumes: ids } })
  return { job_id }
}
