import { isoAt } from '../../domain/clock.js'
import { settleEips, type EipRow } from '../../db/stores/eips.js'
import type { JobKind } from '../kind.js'

export interface EipsDirective {
  eips: string[]
}

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
export const noTransitionKind: JobKind<EipsDirective> = { steps: [{ realisticMs: 1000, run: async () => {} }] }
