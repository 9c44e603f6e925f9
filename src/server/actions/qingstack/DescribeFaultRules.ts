import { wireTime } from '../../../protocol/time.js'
import type { FaultRule } from '../../../protocol/records/operator.js'
import { isoAt } from '../../domain/clock.js'
import { listFaultRules, type FaultRuleRow } from '../../db/stores/operator.js'
import type { Handler } from '../types.js'

/** Rules are few (an operator's hand-made list): they are read whole and paged here. */
export const DescribeFaultRules: Handler<'DescribeFaultRules'> = async (params, { tx, operator }) => {
  const wanted = params.fault_rules && new Set(params.fault_rules)
  const rows = (await listFaultRules(tx.db)).filter((row) => !wanted || wanted.has(row.fault_rule_id))
  const now = isoAt(operator.baseNow())
  return {
    fault_rule_set: rows.slice(params.offset, params.offset + params.limit).map((row) => faultRuleRecord(row, now)),
    total_count: rows.length,
  }
}

function faultRuleRecord(row: FaultRuleRow, now: string): FaultRule {
  const expired = row.expire_time !== null && row.expire_time <= now
  return {
    fault_rule_id: row.fault_rule_id,
    fault_action: row.fault_action,
    user_id: row.user_id ?? '',
    zone_id: row.zone_id ?? '',
    resource_id: row.resource_id ?? '',
    ...(row.remaining !== null && { remaining: row.remaining }),
    ...(row.probability !== null && { probability: row.probability }),
    expire_time: row.expire_time === null ? '' : wireTime(row.expire_time),
    effect: row.effect,
    ...(row.fault_ret_code !== null && { fault_ret_code: row.fault_ret_code }),
    message: row.message ?? '',
    ...(row.delay_ms !== null && { delay_ms: row.delay_ms }),
    hits: row.hits,
    status: expired ? 'expired' : row.remaining === 0 ? 'spent' : 'active',
    create_time: wireTime(row.create_time),
  }
}
