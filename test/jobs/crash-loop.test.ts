import { describe, expect, it } from 'vitest'
import { processStore } from '../harness/process.js'
import { crashLoop } from './crash-loop.js'

describe('SIGKILL at random moments, restart, again', () => {
  it('finishes every job exactly once and leaves no resource in transition (short run; npm run crash is long)', async () => {
    await using store = await processStore()
    const report = await crashLoop(store, { rounds: 3 })
    expect(report.acknowledged).toBeGreaterThan(0)
    expect(report.jobs).toBeGreaterThanOrEqual(report.acknowledged)
    expect(report.duplicateSteps).toBe(0)
    // CreateVolumes has two steps: start (pending → working) and finish.
    expect(report.steps).toBe(report.jobs * 2)
    expect(report.unsuccessful).toBe(0)
    expect(report.stuckResources).toBe(0)
  })
})
