/** Where progress goes: a terminal gets a live line, anything else plain lines (CI logs, pipes). */
export interface ProgressStream {
  write(text: string): unknown
  isTTY?: boolean
}

export interface Progress {
  /** What the last poll saw. */
  update(status: string): void
  /** The wait is over; `ok` says how. */
  finish(status: string, ok: boolean): void
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏']

/**
 * A progress display for a wait. On a terminal: one spinner line, redrawn in place with the status
 * and the time spent. Elsewhere: one line per status change, so logs stay readable.
 *
 * @example
 *   job j-8a3kd0sl (CreateVolumes): pending
 *   job j-8a3kd0sl (CreateVolumes): working
 *   job j-8a3kd0sl (CreateVolumes): successful after 4.1 s
 */
export function progress(stream: ProgressStream, label: string, now: () => number = Date.now): Progress {
  const started = now()
  const elapsed = () => `${((now() - started) / 1000).toFixed(1)} s`
  let status = 'waiting'
  if (!stream.isTTY) {
    let shown: string | undefined
    return {
      update(next) {
        if (next !== shown) stream.write(`${label}: ${next}\n`)
        shown = next
      },
      finish(final) {
        stream.write(`${label}: ${final} after ${elapsed()}\n`)
      },
    }
  }
  let frame = 0
  const draw = () => stream.write(`\r\x1b[2K${FRAMES[frame++ % FRAMES.length]} ${label}: ${status} (${elapsed()})`)
  const timer = setInterval(draw, 100)
  timer.unref()
  draw()
  return {
    update(next) {
      status = next
      draw()
    },
    finish(final, ok) {
      clearInterval(timer)
      stream.write(`\r\x1b[2K${ok ? '✔' : '✘'} ${label}: ${final} after ${elapsed()}\n`)
    },
  }
}
