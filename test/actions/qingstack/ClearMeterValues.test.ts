import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ClearMeterValues', () => {
  it('unpins meters: GetMonitor reads simulated values again', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    api.clock.advance(3600_000)
    await api.client.setMeterValues({
      resource: instance!,
      meters: [
        { meter: 'cpu', value: '1000' },
        { meter: 'memory', value: '1000' },
      ],
      duration: '1d',
    })
    expect(await api.client.clearMeterValues({ resource: instance!, meters: ['cpu'] })).toMatchObject({ cleared: 1 })
    api.clock.advance(3600_000)
    const end = api.clock.now()
    const { meter_set } = await api.client.getMonitor({
      resource: instance!,
      meters: ['cpu', 'memory'],
      step: '5m',
      start_time: new Date(end - 1800_000).toISOString(),
      end_time: new Date(end).toISOString(),
    })
    expect(meter_set[0]!.data.slice(1).every((v) => v !== 1000)).toBe(true)
    expect(meter_set[1]!.data.slice(1).every((v) => v === 1000)).toBe(true)
    expect(await api.client.clearMeterValues({ resource: instance! })).toMatchObject({ cleared: 1 })
    const user = await api.newUser()
    expect((await refusal(user.client.clearMeterValues({ resource: instance! }))).ret_code).toBe(1400)
  })
})
