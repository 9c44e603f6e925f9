import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import { jobStatuses } from '../../protocol/records/job.js'
import type { Clock } from '../domain/clock.js'
import type { Database } from '../db/database.js'
import { jobQueueState } from '../db/stores/jobs.js'

/**
 * The server's metrics in Prometheus text (docs/operator.md#metrics), with QINGSTACK_METRICS=1:
 * requests by action and ret_code, their latency, store errors, and the job queue read from the
 * store at each scrape (so every process reports the whole queue). One registry per server.
 */
export class Metrics {
  readonly registry = new Registry()
  private readonly requests: Counter<'action' | 'ret_code'>
  private readonly latency: Histogram<'endpoint'>
  private readonly storeErrors: Counter

  constructor(o: { database: Database; clock: Clock }) {
    const registers = [this.registry]
    collectDefaultMetrics({ register: this.registry })
    this.requests = new Counter({
      name: 'qingstack_requests_total',
      help: 'Requests answered, by action (empty when none was resolved) and ret_code.',
      labelNames: ['action', 'ret_code'],
      registers,
    })
    this.latency = new Histogram({
      name: 'qingstack_request_duration_seconds',
      help: 'Time from a request to its answer.',
      labelNames: ['endpoint'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    })
    this.storeErrors = new Counter({
      name: 'qingstack_store_errors_total',
      help: 'Requests answered 5100 or 5000 because the store failed (unreachable, full).',
      registers,
    })
    // Read when scraped, never on the request path: one reading of the store per scrape, shared by
    // the three gauges.
    const reading = () => (this.queue ??= this.readQueue(o))
    new Gauge({
      name: 'qingstack_jobs',
      help: 'Jobs by status.',
      labelNames: ['status'],
      registers,
      async collect() {
        const { byStatus } = await reading()
        for (const status of jobStatuses) this.set({ status }, byStatus.get(status) ?? 0)
      },
    })
    new Gauge({
      name: 'qingstack_job_queue_depth',
      help: 'Unfinished jobs (pending or working).',
      registers,
      async collect() {
        this.set((await reading()).depth)
      },
    })
    new Gauge({
      name: 'qingstack_job_queue_oldest_age_seconds',
      help: 'Age of the oldest unfinished job; 0 when there is none.',
      registers,
      async collect() {
        this.set((await reading()).oldestAgeS)
      },
    })
  }

  private queue: Promise<{ byStatus: Map<string, number>; depth: number; oldestAgeS: number }> | undefined

  private async readQueue(o: { database: Database; clock: Clock }) {
    const state = await jobQueueState(o.database.db)
    const oldest = state.oldestUnfinished === undefined ? undefined : Date.parse(state.oldestUnfinished)
    return {
      byStatus: state.byStatus,
      depth: (state.byStatus.get('pending') ?? 0) + (state.byStatus.get('working') ?? 0),
      oldestAgeS: oldest === undefined ? 0 : Math.max(0, (o.clock.now() - oldest) / 1000),
    }
  }

  /** One answered request. */
  observe(input: { endpoint: string; action: string | undefined; ret_code: number; seconds: number; storeError: boolean }): void {
    this.requests.inc({ action: input.action ?? '', ret_code: String(input.ret_code) })
    this.latency.observe({ endpoint: input.endpoint }, input.seconds)
    if (input.storeError) this.storeErrors.inc()
  }

  /** The text a scrape answers, and its content type. */
  async scrape(): Promise<{ text: string; contentType: string }> {
    this.queue = undefined
    try {
      return { text: await this.registry.metrics(), contentType: this.registry.contentType }
    } finally {
      this.queue = undefined
    }
  }
}
