import type { ColumnType } from 'kysely'

/** How far the simulated world runs ahead of the base clock (one row, `clock_id` = `world`). */
export interface WorldClockTable {
  clock_id: string
  /** PostgreSQL answers a bigint as text: read it with `Number`. */
  offset_ms: ColumnType<number | string, number, number>
  update_time: string
}

export type FaultEffect = 'answer' | 'delay' | 'fail_job' | 'drop'

/** A fault rule (docs/operator.md#fault-injection): what it matches, how often, and its effect. */
export interface FaultRulesTable {
  fault_rule_id: string
  /** An action name, or a prefix ending in `*`. */
  fault_action: string
  user_id: string | null
  zone_id: string | null
  resource_id: string | null
  /** Matches left for a counted rule; null for a rule with a probability. */
  remaining: number | null
  probability: number | null
  expire_time: string | null
  effect: FaultEffect
  fault_ret_code: number | null
  message: string | null
  delay_ms: number | null
  hits: number
  create_time: string
}
