import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { progress } from './progress.js'

function stream(isTTY: boolean) {
  const chunks: string[] = []
  return { chunks, isTTY, write: (text: string) => void chunks.push(text) }
}

describe('wait progress', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('on a terminal redraws one spinner line in place, then ends it with a mark', () => {
    let now = 0
    const out = stream(true)
    const shown = progress(out, 'job j-1 (CreateVolumes)', () => now)
    expect(out.chunks).toEqual(['\r\x1b[2K⠋ job j-1 (CreateVolumes): waiting (0.0 s)'])
    now = 300
    shown.update('working')
    vi.advanceTimersByTime(100)
    expect(out.chunks.slice(1)).toEqual([
      '\r\x1b[2K⠙ job j-1 (CreateVolumes): working (0.3 s)',
      '\r\x1b[2K⠹ job j-1 (CreateVolumes): working (0.3 s)',
    ])
    now = 4100
    shown.finish('successful', true)
    expect(out.chunks.at(-1)).toBe('\r\x1b[2K✔ job j-1 (CreateVolumes): successful after 4.1 s\n')
    // The spinner stops with the wait.
    const count = out.chunks.length
    vi.advanceTimersByTime(1000)
    expect(out.chunks).toHaveLength(count)
  })

  it('elsewhere writes a plain line per change of status', () => {
    let now = 0
    const out = stream(false)
    const shown = progress(out, 'job j-2 (CreateVolumes)', () => now)
    shown.update('pending')
    shown.update('pending')
    shown.update('working')
    now = 2500
    shown.finish('failed', false)
    vi.advanceTimersByTime(1000)
    expect(out.chunks.join('')).toBe(
      'job j-2 (CreateVolumes): pending\njob j-2 (CreateVolumes): working\njob j-2 (CreateVolumes): failed after 2.5 s\n',
    )
  })
})
