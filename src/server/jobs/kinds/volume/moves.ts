import { z } from 'zod'
import { isoAt } from '../../../domain/clock.js'
import type { VolumeMove } from '../../../domain/volumes.js'
import type { Tx } from '../../../db/database.js'
import { settleVolumes, type VolumeRow } from '../../../db/stores/volumes.js'
import { ids, type JobKind } from '../../kind.js'

export const volumesDirective = z.object({ volumes: ids })
export type VolumesDirective = z.infer<typeof volumesDirective>

interface VolumeMoveOptions<D> {
  changes?: (directive: D) => Partial<VolumeRow>
  onFail?: Partial<VolumeRow>
  also?: (tx: Tx, directive: D, at: string) => Promise<void>
}

/**
 * Ends `move` for the directive's volumes, with `changes` applied in the same instant; a failed
 * job settles them back where they were (`onFail` undoes what the request claimed). A move whose
 * job needs more than the ids declares its own directive, extending `volumesDirective`.
 */
export function volumeMoveKind(
  move: VolumeMove,
  realisticMs: number,
  options?: VolumeMoveOptions<VolumesDirective>,
): JobKind<VolumesDirective>
export function volumeMoveKind<D extends VolumesDirective>(
  move: VolumeMove,
  realisticMs: number,
  options: VolumeMoveOptions<D>,
  directive: z.ZodType<D, D>,
): JobKind<D>
export function volumeMoveKind(
  move: VolumeMove,
  realisticMs: number,
  options: VolumeMoveOptions<VolumesDirective> = {},
  directive: z.ZodType<VolumesDirective, VolumesDirective> = volumesDirective,
): JobKind<VolumesDirective> {
  return {
    directive,
    steps: [
      {
        realisticMs,
        run: async ({ tx, directive, now }) => {
          const at = isoAt(now)
          const status = move.to === 'same' ? {} : { status: move.to }
          await settleVolumes(tx, directive.volumes, {
            transition: move.transition,
            ...status,
            at,
            changes: options.changes?.(directive) ?? {},
          })
          await options.also?.(tx, directive, at)
        },
      },
    ],
    fail: ({ tx, directive, now }) =>
      settleVolumes(tx, directive.volumes, { transition: move.transition, at: isoAt(now), changes: options.onFail ?? {} }),
  }
}
