import { ApiError } from '../../../protocol/errors.js'
import { monitored } from '../../services/monitor.js'
import type { Handler } from '../types.js'
import { policyOf } from './lookups.js'

/** Each resource must exist and be of the policy's type (1100 naming `resources`); the job creates the alarms. */
export const AssociateAlarmPolicy: Handler<'AssociateAlarmPolicy'> = async (params, ctx) => {
  const policy = await policyOf(ctx.tx.db, params.alarm_policy)
  for (const id of params.resources) {
    const resource = await monitored(ctx.tx.db, id)
    if (!resource || resource.owner !== ctx.caller.user_id) throw new ApiError('ResourceNotFound', { resource: 'resource', id })
    if (resource.resource_type !== policy.alarm_policy_type) {
      throw new ApiError('InvalidParameter', {
        param: 'resources',
        reason: `[${id}] is a ${resource.resource_type}, the policy watches ${policy.alarm_policy_type}s`,
      })
    }
  }
  const job_id = await ctx.enqueueJob({
    resource_ids: [policy.alarm_policy_id, ...params.resources],
    directive: { alarm_policy: policy.alarm_policy_id, resources: params.resources },
  })
  return { job_id }
}
