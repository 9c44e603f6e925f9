import type { Clock } from '../../src/server/domain/clock.js'

/** A clock tests move by hand (house rule 9): nothing sleeps, nothing is flaky. */
export class FakeClock implements Clock {
  private ms: number

  constructor(start = Date.parse('2026-01-15T08:00:00Z')) {
    this.ms = start
  }

  now(): number {
    return this.ms
  }

  set(ms: number): void {
    this.ms = ms
  }

  advance(ms: number): void {
    this.ms += ms
  }
}
