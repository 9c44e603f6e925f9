/** QingCloud's time format, `2013-08-30T05:13:25Z`: UTC, whole seconds (docs/compat.md#times). */

const TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?Z$/

/** Parses `YYYY-MM-DDThh:mm:ss[.fff]Z` strictly (docs/compat.md#time-window); undefined when malformed. */
export function parseQingTime(text: string): number | undefined {
  const m = TIME.exec(text)
  if (!m) return undefined
  const [, y, mo, d, h, mi, s, frac] = m
  const ms = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!, frac ? Math.floor(Number(frac) * 1000) : 0)
  // Date.UTC rolls 2013-02-30 over into March; a real time formats back to the same fields.
  const check = new Date(ms)
  if (check.getUTCMonth() !== +mo! - 1 || check.getUTCDate() !== +d! || check.getUTCHours() !== +h!) return undefined
  return ms
}

/** Formats epoch milliseconds as QingCloud does on the wire. */
export function formatQingTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z'
}

/**
 * Stored times keep milliseconds (`2013-08-30T05:13:25.123Z`) so that rows created in the same
 * second still sort by creation; the wire shows whole seconds.
 */
export function wireTime(stored: string): string
export function wireTime(stored: string | null): string | null
export function wireTime(stored: string | null): string | null {
  return stored === null ? null : stored.length === 20 ? stored : stored.slice(0, 19) + 'Z'
}
