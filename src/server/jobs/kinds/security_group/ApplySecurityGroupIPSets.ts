import { z } from 'zod'
import { updateSecurityGroups } from '../../../db/stores/security-groups.js'
import { defineJobKind, ids } from '../../kind.js'

/** The groups whose rules name the sets have their current entries in effect (docs/compat.md#ipsets). */
export const ApplySecurityGroupIPSets = defineJobKind({
  directive: z.object({ security_groups: ids }),
  steps: [{ realisticMs: 2000, run: ({ tx, directive }) => updateSecurityGroups(tx, directive.security_groups, { is_applied: 1 }) }],
})
