import { setTimeout as sleep } from 'node:timers/promises'
import type { AnyAction } from '../../protocol/define.js'
import type { ParamShape } from '../../protocol/params.js'
import type { Caller } from '../actions/types.js'
import type { Database } from '../db/database.js'
import { isoAt, type Clock } from '../domain/clock.js'
import { DropConnection, InjectedFault, pickFault } from '../services/faults.js'

/** The HTTP shell closes the socket on it (it may import only the pipeline). */
export { DropConnection }
import type { OperatorState } from '../services/world-clock.js'
import { namedIds } from './authorize.js'

/** The fault a request met: the rule (for the audit log) and, for `fail_job`, the code its job ends with. */
export interface AppliedFault {
  fault_rule_id: string
  failJobCode?: string
}

/**
 * Applies the first fault rule that matches a validated request (docs/operator.md#fault-injection):
 * an answer is thrown as its error, a drop as DropConnection, a delay waits then lets the request
 * go on, a job failure is handed to execute for the job row. qingstack's own actions never meet one.
 */
export async function injectFault(
  deps: { database: Database; operator: OperatorState; baseClock: Clock },
  request: { descriptor: AnyAction; caller: Caller; zone: string; values: Record<string, unknown> },
): Promise<AppliedFault | undefined> {
  const { descriptor } = request
  const rules = deps.operator.faultRules
  if (rules.length === 0 || (descriptor.service as string) === 'qingstack') return undefined
  const rule = await pickFault(
    deps.database.db,
    rules,
    {
      action: descriptor.name,
      mode: descriptor.mode,
      user_id: request.caller.user_id,
      zone: request.zone,
      resource_ids: new Set(namedIds(descriptor.params as ParamShape, request.values).keys()),
    },
    isoAt(deps.baseClock.now()),
  )
  if (!rule) return undefined
  switch (rule.effect) {
    case 'answer':
      throw new InjectedFault(rule)
    case 'drop':
      throw new DropConnection(rule.fault_rule_id)
    case 'delay':
      await sleep(rule.delay_ms ?? 0)
      return { fault_rule_id: rule.fault_rule_id }
    case 'fail_job':
      return { fault_rule_id: rule.fault_rule_id, failJobCode: String(rule.fault_ret_code ?? 5000) }
  }
}
