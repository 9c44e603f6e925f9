import { updateSecurityGroups } from '../../db/stores/security-groups.js'
import type { JobKind } from '../kind.js'

/** The groups whose rules name the sets have their current entries in effect (docs/compat.md#ipsets). */
export const ApplySecurityGroupIPSets: JobKind<{ security_groups: string[] }> = {
  steps: [{ realisticMs: 2000, run: ({ tx, directive }) => updateSecurityGroups(tx, directive.security_groups, { is_applied: 1 }) }],
}
