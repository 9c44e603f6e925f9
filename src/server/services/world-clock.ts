import type { Logger } from 'pino'
import type { Clock } from '../domain/clock.js'
import type { Database } from '../db/database.js'
import { listFaultRules, readClockOffset, type FaultRuleRow } from '../db/stores/operator.js'

/**
 * The simulated world's time: the base clock (the wall, or a test's fake) plus an offset the
 * operator moves with AdvanceClock (docs/operator.md#the-clock). Job timings, record times
 * and the recycle bin read this clock; signature windows read the base.
 */
export class WorldClock implements Clock {
  private offset = 0

  constructor(readonly base: Clock) {}

  now(): number {
    return this.base.now() + this.offset
  }

  get offsetMs(): number {
    return this.offset
  }

  /** Returns whether the offset changed. */
  setOffset(ms: number): boolean {
    if (ms === this.offset) return false
    this.offset = ms
    return true
  }
}

/** How often each process looks at the store for a moved clock or changed fault rules. */
export const OPERATOR_POLL_MS = 250

/**
 * What the operator's controls keep in the store, cached in each process: the clock's offset and the
 * fault rules. A short poll brings other processes' changes within a second; the process that made a
 * change applies it at once (`refresh` after its commit).
 */
export class OperatorState {
  readonly clock: WorldClock
  private rules: readonly FaultRuleRow[] = []
  private timer: NodeJS.Timeout | undefined
  private refreshing: Promise<void> | undefined
  private failing = false
  /** Bumped by each change made in this process: a read that began before it is stale and dropped. */
  private generation = 0

  constructor(
    private readonly o: {
      database: Database
      base: Clock
      logger: Logger
      /** Called when a refresh finds the clock moved (wake the job worker). */
      onClockMoved: () => void
      pollMs?: number
    },
  ) {
    this.clock = new WorldClock(o.base)
  }

  get faultRules(): readonly FaultRuleRow[] {
    return this.rules
  }

  /** Reads the offset and the rules again; a refresh already under way is joined, not repeated. */
  refresh(): Promise<void> {
    this.refreshing ??= this.load().finally(() => (this.refreshing = undefined))
    return this.refreshing
  }

  /** Applies a new offset at once in this process (after the commit that stored it). */
  clockMoved(offsetMs: number): void {
    this.generation++
    this.applyOffset(offsetMs)
  }

  /** A rule this process has just stored applies here at once. */
  faultRuleAdded(rule: FaultRuleRow): void {
    this.generation++
    this.rules = [...this.rules, rule]
  }

  /** Rules this process has just deleted no longer apply here. */
  faultRulesDeleted(ids: readonly string[]): void {
    this.generation++
    const gone = new Set(ids)
    this.rules = this.rules.filter((rule) => !gone.has(rule.fault_rule_id))
  }

  private applyOffset(offsetMs: number): void {
    if (this.clock.setOffset(offsetMs)) this.o.onClockMoved()
  }

  start(): void {
    if (this.timer) return
    const tick = () => {
      this.refresh()
        .then(() => {
          if (this.failing) this.o.logger.warn('operator controls: the store answers again')
          this.failing = false
        })
        .catch((error: unknown) => {
          // An outage: keep the cached values and look again next tick (house rule 14).
          if (!this.failing) this.o.logger.warn({ cause: String(error) }, 'operator controls: could not read the clock and fault rules')
          this.failing = true
        })
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, this.o.pollMs ?? OPERATOR_POLL_MS).unref()
        })
    }
    this.timer = setTimeout(tick, this.o.pollMs ?? OPERATOR_POLL_MS).unref()
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer)
    this.timer = undefined
    await this.refreshing?.catch(() => undefined)
  }

  private async load(): Promise<void> {
    const db = this.o.database.db
    const generation = this.generation
    const [offset, rules] = await Promise.all([readClockOffset(db), listFaultRules(db)])
    if (generation !== this.generation) return
    this.rules = rules
    this.applyOffset(offset)
  }
}
