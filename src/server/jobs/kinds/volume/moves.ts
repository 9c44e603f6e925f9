import { isoAt } from '../../../domain/clock.js'
import type { VolumeMove } from '../../../domain/volumes.js'
import type { Tx } from '../../../db/database.js'
import { settleVolumes, type VolumeRow } from '../../../db/stores/volumes.js'
import type { JobKind } from '../../kind.js'

export interface VolumesDirective {
  volumes: string[]
}

/**
 * Ends `move` for the directive's volumes, with `changes` applied in the same instant; a failed
 * job settles them back where they were (`onFail` undoes what the request claimed).
 */
export function volumeMoveKind<D extends VolumesDirective>(
  move: VolumeMove,
  realisticMs: number,
  options: { changes?: (directive: D) => Partial<VolumeRow>; onFail?: Partial<VolumeRow>; also?: (tx: Tx, directive: D, at: string) => Promise<void> } = {},
): JobKind<D> {
  return {
    steps: [
      {
        realisticMs,
        run: async ({ tx, directive, now }) => {
          const at = isoAt(now)
          const status = move.to === 'same' ? {} : { status: move.to }
          await settleVolumes(tx, directive.volumes, { transition: move.transition, ...status, at, changes: options.changes?.(directive) ?? {} })
          await options.also?.(tx, directive, at)
        },
      },
    ],
    fail: ({ tx, directive, now }) =>
      settleVolumes(tx, directive.volumes, { transition: move.transition, at: isoAt(now), changes: options.onFail ?? {} }),
  }
}
