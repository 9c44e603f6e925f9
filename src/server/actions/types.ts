import type { ActionName, Actions } from '../../protocol/actions/index.js'
import type { BodyOfAction, ParamsOfAction } from '../../protocol/define.js'
import type { Explanation } from '../../protocol/records/operator.js'
import type { Config } from '../config.js'
import type { Tx } from '../db/database.js'
import type { FaultRuleRow } from '../db/stores/operator.js'
import type { CreationProject } from '../db/stores/resources.js'
import type { Scope } from '../db/stores/scope.js'
import type { Directive } from '../jobs/queue.js'

/** Who is calling: the owner of the access key that signed the request. */
export interface Caller {
  user_id: string
  access_key_id: string
  role: 'root' | 'user'
}

/**
 * Everything a handler may use besides its typed params (house rule 4). `D` is what its action's
 * job kind takes as directive (`never` for a sync action).
 */
export interface HandlerContext<D = unknown> {
  tx: Tx
  caller: Caller
  /**
   * What a Describe* may list, set by the authorize stage; apply it with `inScope`. Ids named in
   * other actions' parameters are already authorized: handlers look them up by id alone.
   */
  scope: Scope
  /**
   * The project this request's new resources join (`project_id` on a creation), set by the
   * authorize stage; undefined otherwise. Pass the context to `registerNew`, which applies it.
   */
  createIn: CreationProject | undefined
  /** The zone the request resolved to (a region for its availability zones); '' when none was given. */
  zone: string
  /** The request's instant on the server clock, milliseconds. */
  now: number
  config: Config
  requestId: string
  /** The operator's controls, for the qingstack service's handlers (docs/operator.md). */
  operator: OperatorHooks
  /** Inserts this action's job in the transaction and returns its `job_id` (async actions). */
  enqueueJob(input: { resource_ids: readonly string[]; directive: D }): Promise<string>
}

/** What the qingstack service's handlers reach beyond the store: the clock's cache, the fault cache, the authorize stage. */
export interface OperatorHooks {
  /** The wall clock (or a test's fake), ms: the world's time minus the offset. */
  baseNow(): number
  /** The world's offset as this process applies it, ms. */
  offsetMs(): number
  /** After the commit that stored a new offset: apply it in this process and wake the job worker. */
  clockMoved(offsetMs: number): void
  /** After the commit that stored a fault rule: it applies in this process at once. */
  faultRuleAdded(rule: FaultRuleRow): void
  /** After the commit that deleted fault rules. */
  faultRulesDeleted(ids: readonly string[]): void
  /** The authorize stage's verdict on a request `user` would make, in this (read-only) transaction. */
  explain(input: ExplainRequest): Promise<ExplanationBody>
}

export interface ExplainRequest {
  user_id: string
  action_name: string
  /** `name=value` pairs as on the wire. */
  parameters: readonly string[]
  zone: string
}

export type ExplanationBody = { [K in keyof typeof Explanation]: import('zod').infer<(typeof Explanation)[K]> }

export type Handler<A extends ActionName> = (
  params: ParamsOfAction<Actions[A]>,
  ctx: HandlerContext<Directive<A>>,
) => Promise<BodyOfAction<Actions[A]>>

/** A handler for every action: a descriptor without one does not compile (house rule 3). */
export type HandlerMap = { [A in ActionName]: Handler<A> }
