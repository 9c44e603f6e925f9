import { z } from 'zod'
import { isoAt } from '../../../domain/clock.js'
import { instanceMoves } from '../../../domain/instances.js'
import { instanceSource, volumeSource } from '../../../domain/snapshots.js'
import { volumeMoves } from '../../../domain/volumes.js'
import type { Tx } from '../../../db/database.js'
import { settleInstances, updateInstances } from '../../../db/stores/instances.js'
import { clearHeads, findSnapshots, updateSnapshots } from '../../../db/stores/snapshots.js'
import { settleVolumes, updateVolumes } from '../../../db/stores/volumes.js'
import { defineJobKind, ids } from '../../kind.js'

const applyDirective = z.object({ snapshots: ids, instances: ids, volumes: ids })
type ApplyDirective = z.infer<typeof applyDirective>

async function settle(tx: Tx, directive: ApplyDirective, at: string): Promise<void> {
  await settleInstances(tx, directive.instances, { transition: instanceMoves.applySnapshot.transition, at })
  await settleVolumes(tx, directive.volumes, { transition: volumeMoves.applySnapshot.transition, at })
}

/**
 * Instances (resetting) and volumes (recovering) take back what their points hold: an instance
 * its image and OS disk, a volume its size; the points become their resources' current ones.
 */
export const ApplySnapshots = defineJobKind({
  directive: applyDirective,
  steps: [
    {
      realisticMs: 10_000,
      run: async ({ tx, directive, now }) => {
        const points = await findSnapshots(tx.db, directive.snapshots)
        for (const point of points) {
          if (point.resource_type === 'instance' && directive.instances.includes(point.resource_id)) {
            const { image, os_disk_size } = instanceSource(point.source)
            await updateInstances(tx, [point.resource_id], { image_id: image.image_id, image: JSON.stringify(image), os_disk_size })
          } else if (directive.volumes.includes(point.resource_id)) {
            await updateVolumes(tx, [point.resource_id], { size: volumeSource(point.source).size }, isoAt(now))
          }
        }
        await settle(tx, directive, isoAt(now))
        await clearHeads(
          tx,
          points.map((point) => point.resource_id),
        )
        await updateSnapshots(tx, directive.snapshots, { is_head: 1 })
      },
    },
  ],
  fail: ({ tx, directive, now }) => settle(tx, directive, isoAt(now)),
})
