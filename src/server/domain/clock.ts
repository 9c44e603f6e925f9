/**
 * Time, injected (house rule 9). Signature windows, job timings and record times read it, so tests
 * can advance a fake clock instead of sleeping.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

/** Stored form of a time: ISO 8601 UTC with milliseconds (see protocol/time.ts `wireTime`). */
export function isoAt(ms: number): string {
  return new Date(ms).toISOString()
}
