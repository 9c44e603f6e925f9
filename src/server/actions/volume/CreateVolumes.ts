import { isoAt } from '../../domain/clock.js'
import { checkVolumeSize } from '../../domain/volumes.js'
import { registerNew } from '../../db/stores/resources.js'
import { insertVolumes } from '../../db/stores/volumes.js'
import { requireQuota } from '../../services/quotas.js'
import type { Handler } from '../types.js'
import { newVolumeRow } from '../../services/new-volumes.js'

export const CreateVolumes: Handler<'CreateVolumes'> = async (params, ctx) => {
  const { tx, caller, zone, now, enqueueJob } = ctx
  checkVolumeSize(params.size, params.volume_type)
  await requireQuota(ctx, { volume: params.count, volume_size: params.count * params.size })
  const at = isoAt(now)
  const rows = Array.from({ length: params.count }, () =>
    newVolumeRow({
      volume_name: params.volume_name,
      size: params.size,
      volume_type: params.volume_type,
      owner: caller.user_id,
      zone_id: zone,
      at,
    }),
  )
  const volumes = rows.map((row) => row.volume_id)
  await insertVolumes(tx, rows)
  await registerNew(ctx, 'volume', volumes, { owner: caller.user_id, zone_id: zone, create_time: at })
  const job_id = await enqueueJob({ resource_ids: volumes, directive: { volumes } })
  return { job_id, volumes }
}
