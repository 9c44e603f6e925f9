import { isoAt } from '../../domain/clock.js'
import { checkVolumeMove, checkVolumeSize, volumeMoves } from '../../domain/volumes.js'
import { insertItems, itemsOf } from '../../db/stores/project-items.js'
import { registerNew } from '../../db/stores/resources.js'
import { insertVolumes } from '../../db/stores/volumes.js'
import { requireQuota } from '../../services/quotas.js'
import type { Handler } from '../types.js'
import { volumes as lookup } from '../../services/lookups/volume.js'
import { newVolumeRow } from '../../services/new-volumes.js'

/**
 * New volumes of the source's size, pending/creating until the job makes them available, like
 * CreateVolumes. A clone is derived from its source: it belongs to the source's owner (whose quota
 * it counts against) and is an item of the same projects (docs/compat.md#clone-volumes).
 */
export const CloneVolumes: Handler<'CloneVolumes'> = async (params, ctx) => {
  const { tx, zone, now, enqueueJob } = ctx
  const source = await lookup.one(tx.db, params.volume, zone)
  checkVolumeMove(source, volumeMoves.clone)
  const volume_type = params.volume_type ?? source.volume_type
  checkVolumeSize(source.size, volume_type)
  const owner = source.owner
  await requireQuota(
    { ...ctx, caller: { ...ctx.caller, user_id: owner } },
    { volume: params.count, volume_size: params.count * source.size },
  )
  const at = isoAt(now)
  const rows = Array.from({ length: params.count }, () =>
    newVolumeRow({ volume_name: params.volume_name, size: source.size, volume_type, owner, zone_id: zone, at }),
  )
  const volumes = rows.map((row) => row.volume_id)
  await insertVolumes(tx, rows)
  // The source's projects, not the request's: a member may clone a project's volume, only its owner create in it.
  await registerNew({ tx, createIn: undefined }, 'volume', volumes, { owner, zone_id: zone, create_time: at })
  const projects = await itemsOf(tx.db, [source.volume_id])
  await insertItems(
    tx,
    projects.flatMap((item) =>
      volumes.map((volume_id) => ({
        project_id: item.project_id,
        resource_id: volume_id,
        resource_type: 'volume',
        zone_id: zone,
        owner,
        create_time: at,
      })),
    ),
  )
  const job_id = await enqueueJob({ resource_ids: volumes, directive: { volumes } })
  return { job_id, volumes }
}
