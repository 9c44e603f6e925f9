import { z } from 'zod'
import { isoAt } from '../../../domain/clock.js'
import { findInstances } from '../../../db/stores/instances.js'
import { bindSecurityGroup, findSecurityGroups, updateSecurityGroups } from '../../../db/stores/security-groups.js'
import { defineJobKind, ids } from '../../kind.js'

/**
 * The listed instances switch to the group and its current rules are in effect everywhere it is
 * used: is_applied becomes 1 (docs/compat.md#apply-security-group).
 */
export const ApplySecurityGroup = defineJobKind({
  directive: z.object({ security_group: z.string(), instances: ids }),
  steps: [
    {
      realisticMs: 2000,
      run: async ({ tx, directive, now }) => {
        // Instances terminated, or a group deleted, since the request are left alone.
        if ((await findSecurityGroups(tx.db, [directive.security_group])).length === 0) return
        const live = (await findInstances(tx.db, directive.instances)).filter((i) => i.status !== 'terminated' && i.status !== 'ceased')
        const resources = live.map((i) => ({ resource_id: i.instance_id, resource_type: 'instance' as const }))
        await bindSecurityGroup(tx, resources, directive.security_group, isoAt(now))
        await updateSecurityGroups(tx, [directive.security_group], { is_applied: 1 })
      },
    },
  ],
})
