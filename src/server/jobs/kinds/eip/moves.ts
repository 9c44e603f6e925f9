import { z } from 'zod'
import { isoAt } from '../../../domain/clock.js'
import { settleEips, type EipRow } from '../../../db/stores/eips.js'
import { ids, type JobKind } from '../../kind.js'

const eipsDirective = z.object({ eips: ids })
export type EipsDirective = z.infer<typeof eipsDirective>

/**
 * Ends an EIP transition: EIPs still in `transition` settle with `changes`; a failed job settles
 * them with `onFail` (what the request claimed is undone).
 */
export function eipMoveKind(
  transition: EipRow['transition_status'],
  realisticMs: number,
  changes: Partial<EipRow>,
  onFail: Partial<EipRow> = {},
): JobKind<EipsDirective> {
  return {
    directive: eipsDirective,
    steps: [
      {
        realisticMs,
        run: ({ tx, directive, now }) => settleEips(tx, directive.eips, { transition, at: isoAt(now), changes }),
      },
    ],
    fail: ({ tx, directive, now }) => settleEips(tx, directive.eips, { transition, at: isoAt(now), changes: onFail }),
  }
}

/** For actions with no transition of their own (docs/compat.md#eip-bandwidth-billing): the job only marks the change done. */
export const noTransitionKind: JobKind<EipsDirective> = { directive: eipsDirective, steps: [{ realisticMs: 1000, run: async () => {} }] }
