import { ApiError } from '../../../protocol/errors.js'
import type { Handler } from '../types.js'
import { instances } from '../../services/lookups/instance.js'
import { securityGroups } from '../../services/lookups/security_group.js'

/** Instances that have a network to filter (docs/compat.md#apply-security-group). */
const applicable = new Set(['pending', 'running', 'stopped'])

export const ApplySecurityGroup: Handler<'ApplySecurityGroup'> = async (params, { tx, zone, enqueueJob }) => {
  const group = await securityGroups.one(tx.db, params.security_group, zone)
  const rows = await instances.all(tx.db, params.instances ?? [], zone)
  const wrong = rows.find((row) => !applicable.has(row.status))
  if (wrong) {
    throw new ApiError('PermissionDenied', {
      reason: `instance [${wrong.instance_id}] is ${wrong.status}, a security group can not be applied to it`,
    })
  }
  const instanceIds = rows.map((row) => row.instance_id)
  const job_id = await enqueueJob({
    resource_ids: [group.security_group_id, ...instanceIds],
    directive: { security_group: group.security_group_id, instances: instanceIds },
  })
  return { job_id }
}
