import { describe, expect, it } from 'vitest'
import { activeRouters, routerStates } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('PowerOffRouters', () => {
  it('passes through poweroffing to poweroffed, and refuses it twice', async () => {
    await using api = await startTestServer()
    const [router] = await activeRouters(api)
    await api.client.powerOffRouters({ routers: [router!] })
    expect(await routerStates(api.client, [router!])).toEqual([['active', 'poweroffing']])
    await api.drainJobs()
    expect(await routerStates(api.client, [router!])).toEqual([['poweroffed', '']])
    expect((await refusal(api.client.powerOffRouters({ routers: [router!] }))).ret_code).toBe(1400)
  })
})
