import { ApiError } from '../../../protocol/errors.js'
import { resourceTypeOfId } from '../../../protocol/resources.js'
import type { SnapshotResourceType } from '../../../protocol/records/snapshot.js'
import type { InstanceRow } from '../../db/stores/instances.js'
import type { VolumeRow } from '../../db/stores/volumes.js'
import { instances } from '../../services/lookups/instance.js'
import type { HandlerContext } from '../types.js'
import { volumes } from '../../services/lookups/volume.js'

/** A resource a point is taken of or applied to, with what its point holds. */
export interface Target {
  resource_id: string
  resource_type: SnapshotResourceType
  resource_name: string
  /** GB of the disk the point holds. */
  disk: number
  source: string
  instance?: InstanceRow
  volume?: VolumeRow
}

/**
 * The instances and volumes named, in the order named: 1100 for an id of another type, 2100 for
 * an unknown one (ownership was settled by the authorize stage).
 */
export async function snapshotTargets(ctx: HandlerContext, ids: readonly string[], param: string): Promise<Target[]> {
  const unique = [...new Set(ids)]
  unique.forEach((id, i) => {
    const type = resourceTypeOfId(id)
    if (type !== 'instance' && type !== 'volume') {
      throw new ApiError('InvalidParameter', { param: `${param}.${i + 1}`, reason: `must name an instance or a volume (got [${id}])` })
    }
  })
  const instanceRows = await instances.all(
    ctx.tx.db,
    unique.filter((id) => resourceTypeOfId(id) === 'instance'),
    ctx.zone,
  )
  const volumeRows = await volumes.all(
    ctx.tx.db,
    unique.filter((id) => resourceTypeOfId(id) === 'volume'),
    ctx.zone,
  )
  const byId = new Map<string, Target>()
  for (const instance of instanceRows) {
    byId.set(instance.instance_id, {
      resource_id: instance.instance_id,
      resource_type: 'instance',
      resource_name: instance.instance_name,
      disk: instance.os_disk_size,
      source: JSON.stringify({
        image: JSON.parse(instance.image),
        os_disk_size: instance.os_disk_size,
        instance_type: instance.instance_type,
      }),
      instance,
    })
  }
  for (const volume of volumeRows) {
    byId.set(volume.volume_id, {
      resource_id: volume.volume_id,
      resource_type: 'volume',
      resource_name: volume.volume_name,
      disk: volume.size,
      source: JSON.stringify({ size: volume.size, volume_type: volume.volume_type }),
      volume,
    })
  }
  return unique.map((id) => byId.get(id)!)
}
