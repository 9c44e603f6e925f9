import { z } from 'zod'
import { isoAt } from '../../../domain/clock.js'
import type { InstanceMove } from '../../../domain/instances.js'
import type { Tx } from '../../../db/database.js'
import { settleInstances } from '../../../db/stores/instances.js'
import { ids, type JobKind } from '../../kind.js'

export const instancesDirective = z.object({ instances: ids })
export type InstancesDirective = z.infer<typeof instancesDirective>

/**
 * Ends `move` for the directive's instances, and runs `also` in the same instant (a move whose job
 * needs more than the ids declares its own directive, extending `instancesDirective`); a failed job
 * leaves them settled where they were.
 */
export function instanceMoveKind(move: InstanceMove, realisticMs: number): JobKind<InstancesDirective>
export function instanceMoveKind<D extends InstancesDirective>(
  move: InstanceMove,
  realisticMs: number,
  directive: z.ZodType<D, D>,
  also: (tx: Tx, directive: D, at: string) => Promise<void>,
): JobKind<D>
export function instanceMoveKind(
  move: InstanceMove,
  realisticMs: number,
  directive: z.ZodType<InstancesDirective, InstancesDirective> = instancesDirective,
  also?: (tx: Tx, directive: InstancesDirective, at: string) => Promise<void>,
): JobKind<InstancesDirective> {
  return {
    directive,
    steps: [
      {
        realisticMs,
        run: async ({ tx, directive, now }) => {
          const at = isoAt(now)
          await settleInstances(tx, directive.instances, {
            transition: move.transition,
            ...(move.to === 'same' ? {} : { status: move.to }),
            at,
          })
          await also?.(tx, directive, at)
        },
      },
    ],
    fail: ({ tx, directive, now }) => settleInstances(tx, directive.instances, { transition: move.transition, at: isoAt(now) }),
  }
}
