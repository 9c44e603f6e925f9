import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('SetMeterValues', () => {
  it('pins meters in their wire unit for a while (root only); values that do not fit the meter are refused', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    const answer = await api.client.setMeterValues({
      resource: instance!,
      meters: [
        { meter: 'cpu', value: '950' },
        { meter: 'disk-os', value: '[100,200]' },
      ],
      duration: '1h',
    })
    expect(answer.meters.map((m) => [m.meter, m.value])).toEqual([
      ['cpu', 950],
      ['disk-os', [100, 200]],
    ])
    expect(Date.parse(answer.meters[0]!.end_time) - Date.parse(answer.meters[0]!.start_time)).toBe(3600_000)
    const bad = await refusal(api.client.setMeterValues({ resource: instance!, meters: [{ meter: 'cpu', value: '1200' }] }))
    expect([bad.ret_code, bad.message]).toEqual([1100, expect.stringContaining('meters.1.value')])
    const meter = await refusal(api.client.setMeterValues({ resource: instance!, meters: [{ meter: 'traffic', value: '1' }] }))
    expect([meter.ret_code, meter.message]).toEqual([1100, expect.stringContaining('meters.1.meter')])
    const user = await api.newUser()
    expect((await refusal(user.client.setMeterValues({ resource: instance!, meters: [{ meter: 'cpu', value: '1' }] }))).ret_code).toBe(1400)
  })
})
