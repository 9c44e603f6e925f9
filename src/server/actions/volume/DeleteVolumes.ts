import { volumeMoves } from '../../domain/volumes.js'
import type { Handler } from '../types.js'
import { volumes } from '../../services/lookups/volume.js'
import { beginVolumeMove } from './moves.js'

export const DeleteVolumes: Handler<'DeleteVolumes'> = async (params, ctx) => {
  const rows = await volumes.all(ctx.tx.db, params.volumes, ctx.zone)
  return { job_id: await beginVolumeMove(ctx, rows, volumeMoves.delete, { direct_cease: params.direct_cease === true }) }
}
