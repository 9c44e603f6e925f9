import { isoAt } from '../../../domain/clock.js'
import type { InstanceMove } from '../../../domain/instances.js'
import type { Tx } from '../../../db/database.js'
import { settleInstances } from '../../../db/stores/instances.js'
import type { JobKind } from '../../kind.js'

export interface InstancesDirective {
  instances: string[]
}

/** Ends `move` for the directive's instances; a failed job leaves them settled where they were. */
export function instanceMoveKind<D extends InstancesDirective>(
  move: InstanceMove,
  realisticMs: number,
  also?: (tx: Tx, directive: D, at: string) => Promise<void>,
): JobKind<D> {
  return {
    steps: [
      {
        realisticMs,
        run: async ({ tx, directive, now }) => {
          const at = isoAt(now)
          await settleInstances(tx, directive.instances, { transition: move.transition, ...(move.to === 'same' ? {} : { status: move.to }), at })
          await also?.(tx, directive, at)
        },
      },
    ],
    fail: ({ tx, directive, now }) => settleInstances(tx, directive.instances, { transition: move.transition, at: isoAt(now) }),
  }
}
