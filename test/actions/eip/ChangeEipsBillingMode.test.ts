import { describe, expect, it } from 'vitest'
import { availableEips } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ChangeEipsBillingMode', () => {
  it('switches the mode once per 24 hours; the same mode again is a no-op', async () => {
    await using api = await startTestServer()
    const [eip] = await availableEips(api)
    const mode = async () => (await api.client.describeEips({ eips: [eip!] })).eip_set[0]!.billing_mode
    await api.client.changeEipsBillingMode({ eips: [eip!], billing_mode: 'traffic' })
    await api.drainJobs()
    expect(await mode()).toBe('traffic')
    await api.client.changeEipsBillingMode({ eips: [eip!], billing_mode: 'traffic' })
    const error = await refusal(api.client.changeEipsBillingMode({ eips: [eip!], billing_mode: 'bandwidth' }))
    expect(error.ret_code).toBe(1400)
    expect(error.message).toMatch(
      new RegExp(`^PermissionDenied, the billing mode of eip \\[${eip}\\] changed at .*Z, it can change once per 24 hours$`),
    )
    api.clock.advance(24 * 3600 * 1000)
    await api.client.changeEipsBillingMode({ eips: [eip!], billing_mode: 'bandwidth' })
    expect(await mode()).toBe('bandwidth')
  })

  it('answers 1100 for an unknown mode and 2100 for an unknown EIP', async () => {
    await using api = await startTestServer()
    const [eip] = await availableEips(api)
    expect((await refusal(api.client.call('ChangeEipsBillingMode', { eips: [eip!], billing_mode: 'free' } as never))).ret_code).toBe(1100)
    expect((await refusal(api.client.changeEipsBillingMode({ eips: ['eip-nothere0'], billing_mode: 'traffic' }))).ret_code).toBe(2100)
  })
})
