import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { checkVolumeSize } from '../../domain/volumes.js'
import { registerNew } from '../../db/stores/resources.js'
import { insertVolumes, type VolumeRow } from '../../db/stores/volumes.js'
import { requireQuota } from '../quota/require.js'
import type { Handler } from '../types.js'

export const CreateVolumes: Handler<'CreateVolumes'> = async (params, ctx) => {
  const { tx, caller, zone, now, enqueueJob } = ctx
  checkVolumeSize(params.size, params.volume_type)
  await requireQuota(ctx, { volume: params.count, volume_size: params.count * params.size })
  const at = isoAt(now)
  const rows: VolumeRow[] = Array.from({ length: params.count }, () => ({
    volume_id: newId('vol-'),
    volume_name: params.volume_name ?? '',
    description: null,
    size: params.size,
    volume_type: params.volume_type,
    status: 'pending',
    transition_status: 'creating',
    sub_code: 0,
    owner: caller.user_id,
    zone_id: zone,
    create_time: at,
    status_time: at,
    instance_id: null,
    device: null,
  }))
  const volumes = rows.map((row) => row.volume_id)
  await insertVolumes(tx, rows)
  await registerNew(tx, 'volume', volumes, { owner: caller.user_id, zone_id: zone, create_time: at })
  const job_id = await enqueueJob({ resource_ids: volumes, directive: { volumes } })
  return { job_id, volumes }
}
