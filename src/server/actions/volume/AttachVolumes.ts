import type { Handler } from '../types.js'
import { beginAttach } from '../../services/volume-attach.js'
import { volumeInstance } from './instance.js'
import { volumes } from '../../services/lookups/volume.js'

export const AttachVolumes: Handler<'AttachVolumes'> = async (params, ctx) => {
  const instance = await volumeInstance(ctx, params)
  const rows = await volumes.all(ctx.tx.db, params.volumes, ctx.zone)
  await beginAttach(ctx.tx, rows, instance)
  const ids = rows.map((row) => row.volume_id)
  const job_id = await ctx.enqueueJob({ resource_ids: [...ids, instance.instance_id], directive: { volumes: ids } })
  return { job_id }
}
