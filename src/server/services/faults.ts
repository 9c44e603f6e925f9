import { ApiError, boundMessage, errorCatalog, type ErrorKey } from '../../protocol/errors.js'
import type { Queryable } from '../db/database.js'
import { takeFaultRule, type FaultRuleRow } from '../db/stores/operator.js'

/** What a request offers a fault rule to match (docs/operator.md#fault-injection). */
export interface FaultTarget {
  action: string
  mode: 'sync' | 'async'
  user_id: string
  zone: string
  resource_ids: ReadonlySet<string>
}

/** The ret_codes a rule may answer: those of the error catalog, which are QingCloud's. */
export const faultRetCodes: ReadonlyMap<number, ErrorKey> = new Map(
  (Object.entries(errorCatalog) as Array<[ErrorKey, { ret_code: number }]>).reverse().map(([key, entry]) => [entry.ret_code, key]),
)

/** An action name, or a prefix ending in `*` (`Describe*`); `*` alone matches every action. */
export function actionMatches(pattern: string, action: string): boolean {
  return pattern.endsWith('*') ? action.startsWith(pattern.slice(0, -1)) : pattern === action
}

/** Whether a rule applies to this request, its uses and probability aside. */
export function ruleMatches(rule: FaultRuleRow, target: FaultTarget, baseNowIso: string): boolean {
  if (rule.expire_time !== null && rule.expire_time <= baseNowIso) return false
  if (rule.remaining !== null && rule.remaining <= 0) return false
  if (!actionMatches(rule.fault_action, target.action)) return false
  if (rule.user_id !== null && rule.user_id !== target.user_id) return false
  if (rule.zone_id !== null && rule.zone_id !== target.zone) return false
  if (rule.resource_id !== null && !target.resource_ids.has(rule.resource_id)) return false
  // A failed job needs a job: a sync action passes such a rule by.
  return rule.effect !== 'fail_job' || target.mode === 'async'
}

/**
 * The first rule that applies, oldest first, after its probability is drawn and one of its uses
 * taken in the store (so that processes sharing it apply a counted rule exactly its count).
 */
export async function pickFault(
  db: Queryable,
  rules: readonly FaultRuleRow[],
  target: FaultTarget,
  baseNowIso: string,
  random: () => number = Math.random,
): Promise<FaultRuleRow | undefined> {
  for (const rule of rules) {
    if (!ruleMatches(rule, target, baseNowIso)) continue
    if (rule.probability !== null && random() >= rule.probability) continue
    if (await takeFaultRule(db, rule)) return rule
  }
  return undefined
}

/** The answer of an `answer` rule: its ret_code, and its message after the catalog's name for the code. */
export class InjectedFault extends ApiError {
  override readonly ret_code: number
  readonly fault_rule_id: string

  constructor(rule: Pick<FaultRuleRow, 'fault_rule_id' | 'fault_ret_code' | 'message'>) {
    const code = rule.fault_ret_code ?? 5100
    const key = faultRetCodes.get(code) ?? 'ServerBusy'
    super('ServerBusy', { reason: rule.message ?? `injected by fault rule [${rule.fault_rule_id}]` })
    this.ret_code = code
    this.fault_rule_id = rule.fault_rule_id
    this.message = boundMessage(`${key}, ${rule.message ?? `injected by fault rule [${rule.fault_rule_id}]`}`)
  }
}

/** Thrown to the HTTP shell: close the connection without an answer. */
export class DropConnection extends Error {
  constructor(readonly fault_rule_id: string) {
    super(`connection dropped by fault rule [${fault_rule_id}]`)
    this.name = 'DropConnection'
  }
}
