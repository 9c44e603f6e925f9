import { isoAt } from '../../domain/clock.js'
import { bindSecurityGroup, updateSecurityGroups } from '../../db/stores/security-groups.js'
import type { JobKind } from '../kind.js'

/**
 * The listed instances switch to the group and its current rules are in effect everywhere it is
 * used: is_applied becomes 1 (spec network.md §1.4).
 */
export const ApplySecurityGroup: JobKind<{ security_group: string; instances: string[] }> = {
  steps: [
    {
      realisticMs: 2000,
      run: async ({ tx, directive, now }) => {
        const resources = directive.instances.map((resource_id) => ({ resource_id, resource_type: 'instance' as const }))
        await bindSecurityGroup(tx, resources, directive.security_group, isoAt(now))
        await updateSecurityGroups(tx, [directive.security_group], { is_applied: 1 })
      },
    },
  ],
}
