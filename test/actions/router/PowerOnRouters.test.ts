import { describe, expect, it } from 'vitest'
import { activeRouters, routerStates } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('PowerOnRouters', () => {
  it('passes through poweroning to active; an active router is refused', async () => {
    await using api = await startTestServer()
    const [router] = await activeRouters(api)
    expect((await refusal(api.client.powerOnRouters({ routers: [router!] }))).ret_code).toBe(1400)
    await api.client.powerOffRouters({ routers: [router!] })
    await api.drainJobs()
    await api.client.powerOnRouters({ routers: [router!] })
    expect(await routerStates(api.client, [router!])).toEqual([['poweroffed', 'poweroning']])
    await api.drainJobs()
    expect(await routerStates(api.client, [router!])).toEqual([['active', '']])
  })
})
