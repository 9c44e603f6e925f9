import { checkVolumeMove, type VolumeMove } from '../../domain/volumes.js'
import { updateVolumes, type VolumeRow } from '../../db/stores/volumes.js'
import type { HandlerContext } from '../types.js'

/**
 * The start of a volume move that involves no instance (delete, resize): every volume may make the
 * move (1400) or nothing changes; then they enter its transition and one job ends it.
 */
export async function beginVolumeMove<D extends { volumes: string[] }>(
  ctx: HandlerContext<D>,
  rows: readonly VolumeRow[],
  move: VolumeMove,
  directive: Omit<D, 'volumes'>,
): Promise<string> {
  for (const row of rows) checkVolumeMove(row, move)
  const moved = rows.map((row) => row.volume_id)
  await updateVolumes(ctx.tx, moved, { transition_status: move.transition })
  return ctx.enqueueJob({ resource_ids: moved, directive: { ...directive, volumes: moved } as D })
}
