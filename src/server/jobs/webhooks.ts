import type { Logger } from 'pino'

/** How long one POST may take, how often it is tried, and how many may be under way at once. */
const TIMEOUT_MS = 5000
const ATTEMPTS = 3
const MAX_IN_FLIGHT = 32

/**
 * Posts alarm notifications to webhook items (docs/compat.md#alarm-notifications), after the commit
 * that recorded them and never awaited by the worker: only to hosts the operator listed
 * (QINGSTACK_WEBHOOK_HOSTS), each POST with a timeout, retried with backoff, at most
 * MAX_IN_FLIGHT at a time (more are dropped and logged).
 */
export class WebhookSender {
  private readonly inFlight = new Set<Promise<void>>()

  constructor(
    private readonly allowedHosts: readonly string[],
    private readonly logger: Logger,
  ) {}

  /** Whether `url` may be posted to. */
  allows(url: string): boolean {
    try {
      const parsed = new URL(url)
      return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && this.allowedHosts.includes(parsed.hostname)
    } catch {
      return false
    }
  }

  send(url: string, payload: unknown): void {
    if (!this.allows(url)) {
      this.logger.info({ url }, 'webhook not sent: its host is not in QINGSTACK_WEBHOOK_HOSTS')
      return
    }
    if (this.inFlight.size >= MAX_IN_FLIGHT) {
      this.logger.warn({ url }, 'webhook dropped: too many under way')
      return
    }
    const delivery = this.deliver(url, JSON.stringify(payload)).finally(() => this.inFlight.delete(delivery))
    this.inFlight.add(delivery)
  }

  /** Resolves when every delivery under way has ended (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight])
  }

  private async deliver(url: string, body: string): Promise<void> {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(TIMEOUT_MS),
        })
        await response.body?.cancel()
        if (response.status < 500) {
          if (response.status >= 300) this.logger.warn({ url, status: response.status }, 'webhook refused')
          return
        }
      } catch (error) {
        this.logger.warn({ url, attempt, cause: String(error) }, 'webhook failed')
      }
      if (attempt < ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** (attempt - 1)))
    }
    this.logger.error({ url }, 'webhook given up')
  }
}
