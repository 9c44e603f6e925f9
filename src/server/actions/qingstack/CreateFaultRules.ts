import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { insertFaultRule, type FaultRuleRow } from '../../db/stores/operator.js'
import { faultRetCodes } from '../../services/faults.js'
import type { Handler } from '../types.js'
import { userNamed } from './users.js'

/** Exactly one effect, and exactly one of `count` and `probability` (docs/operator.md#fault-injection). */
export const CreateFaultRules: Handler<'CreateFaultRules'> = async (params, { tx, operator, config }) => {
  const effects = [
    params.ret_code !== undefined && 'ret_code',
    params.delay_ms !== undefined && 'delay_ms',
    params.fail_job !== undefined && 'fail_job',
    params.drop === true && 'drop',
  ].filter((e) => e !== false)
  if (effects.length !== 1) {
    throw new ApiError('InvalidParameter', { param: 'ret_code', reason: 'or delay_ms, fail_job or drop: give exactly one effect' })
  }
  if ((params.count === undefined) === (params.probability === undefined)) {
    throw new ApiError('InvalidParameter', { param: 'count', reason: 'or probability: give exactly one' })
  }
  const probability = params.probability === undefined ? null : Number(params.probability)
  if (probability !== null && !(probability > 0 && probability <= 1)) {
    throw new ApiError('InvalidParameter', { param: 'probability', reason: 'must be more than 0 and at most 1' })
  }
  for (const param of ['ret_code', 'fail_job'] as const) {
    const code = params[param]
    if (code !== undefined && !faultRetCodes.has(code)) {
      throw new ApiError('InvalidParameter', {
        param,
        reason: `must be one of QingCloud's ret_codes: ${[...faultRetCodes.keys()].join(', ')}`,
      })
    }
  }
  if (params.message !== undefined && params.ret_code === undefined) {
    throw new ApiError('InvalidParameter', { param: 'message', reason: 'goes only with ret_code' })
  }
  const zone = params.target_zone?.trim().toLowerCase()
  if (zone !== undefined && zone !== '' && !config.zones.some((z) => z.zone_id === zone)) {
    throw new ApiError('InvalidParameter', { param: 'target_zone', reason: `names no zone of this server [${zone}]` })
  }
  const user = params.user === undefined ? undefined : await userNamed(tx.db, params.user)
  const now = operator.baseNow()
  const row: FaultRuleRow = {
    fault_rule_id: newId('fr-'),
    fault_action: params.fault_action,
    user_id: user?.user_id ?? null,
    zone_id: zone || null,
    resource_id: params.resource?.trim() || null,
    remaining: params.count ?? null,
    probability,
    // Rules expire on the wall clock: moving the world's clock does not spend them.
    expire_time: params.expires_in === undefined ? null : isoAt(now + params.expires_in * 1000),
    effect:
      params.ret_code !== undefined
        ? 'answer'
        : params.delay_ms !== undefined
          ? 'delay'
          : params.fail_job !== undefined
            ? 'fail_job'
            : 'drop',
    fault_ret_code: params.ret_code ?? params.fail_job ?? null,
    message: params.message ?? null,
    delay_ms: params.delay_ms ?? null,
    hits: 0,
    create_time: isoAt(now),
  }
  await insertFaultRule(tx, row)
  tx.onCommit(() => operator.faultRuleAdded(row))
  return { fault_rules: [row.fault_rule_id] }
}
