import { ApiError } from '../../../protocol/errors.js'
import { checkVolumeMove, checkVolumeSize, volumeMoves } from '../../domain/volumes.js'
import { requireQuota } from '../../services/quotas.js'
import type { Handler } from '../types.js'
import { volumes } from '../../services/lookups/volume.js'
import { beginVolumeMove } from './moves.js'

export const ResizeVolumes: Handler<'ResizeVolumes'> = async (params, ctx) => {
  const rows = await volumes.all(ctx.tx.db, params.volumes, ctx.zone)
  for (const row of rows) {
    checkVolumeMove(row, volumeMoves.resize)
    if (params.size <= row.size) {
      throw new ApiError('InvalidParameter', {
        param: 'size',
        reason: `must be larger than the ${row.size} GB of volume [${row.volume_id}] (got [${params.size}])`,
      })
    }
    checkVolumeSize(params.size, row.volume_type)
  }
  await requireQuota(ctx, { volume_size: rows.reduce((sum, row) => sum + params.size - row.size, 0) })
  return { job_id: await beginVolumeMove(ctx, rows, volumeMoves.resize, { size: params.size }) }
}
