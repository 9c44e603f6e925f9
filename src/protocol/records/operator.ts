import { z } from 'zod'

/** Where the simulated world's clock stands (docs/operator.md#the-clock). */
export const ClockState = {
  /** How far the world runs ahead of the wall clock, seconds. */
  offset_seconds: z.number().int(),
  /** The world's time: record times and job timings. */
  world_time: z.string(),
  /** The wall clock, which signature windows check. */
  base_time: z.string(),
}

export const faultEffects = ['answer', 'delay', 'fail_job', 'drop'] as const

/** A fault rule as DescribeFaultRules shows it (docs/operator.md#fault-injection). */
export const FaultRule = z.object({
  fault_rule_id: z.string(),
  /** An action name, or a prefix ending in `*`. */
  fault_action: z.string(),
  /** '' when any. */
  user_id: z.string(),
  zone_id: z.string(),
  resource_id: z.string(),
  /** Uses left of a counted rule. */
  remaining: z.number().int().optional(),
  probability: z.number().optional(),
  /** '' when it never expires. */
  expire_time: z.string(),
  effect: z.enum(faultEffects),
  fault_ret_code: z.number().int().optional(),
  message: z.string(),
  delay_ms: z.number().int().optional(),
  /** Requests it has applied to. */
  hits: z.number().int(),
  status: z.enum(['active', 'spent', 'expired']),
  create_time: z.string(),
})
export type FaultRule = z.infer<typeof FaultRule>

/** One resource a request names, and how the caller reaches it (docs/operator.md#permission-explained). */
export const ExplainedResource = z.object({
  resource_id: z.string(),
  resource_type: z.string(),
  /** '' when no such resource exists. */
  owner: z.string(),
  /** `own`: the user's; `project`: an item of a project the user is a member of; `unbind`: the user may undo a binding to it; `none`: out of reach. */
  access: z.enum(['own', 'project', 'unbind', 'none', 'unknown']),
  project_id: z.string(),
  role: z.string(),
  /** The enabled rule of the role that grants the action, '' when none. */
  granting_rule: z.string(),
  /** The rule the role would need, '' when one grants or none is needed. */
  missing_rule: z.string(),
})
export type ExplainedResource = z.infer<typeof ExplainedResource>

export const Explanation = {
  user_id: z.string(),
  explained_action: z.string(),
  verdict: z.enum(['allow', 'deny']),
  /** What the request would be answered: 0, or the refusal's code (1400, 2100). */
  verdict_ret_code: z.number().int(),
  /** The refusal's message, or why it is allowed. */
  reason: z.string(),
  resource_set: z.array(ExplainedResource),
}
