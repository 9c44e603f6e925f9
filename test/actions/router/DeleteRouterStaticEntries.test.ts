import { describe, expect, it } from 'vitest'
import { activeRouters } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteRouterStaticEntries', () => {
  it('deletes entries; deleting the static deletes the rest', async () => {
    await using api = await startTestServer()
    const [router] = await activeRouters(api)
    const { router_statics } = await api.client.addRouterStatics({ router: router!, statics: [{ static_type: 2, val1: 'pptp' }] })
    const {
      router_static_entries: [a, b],
    } = await api.client.addRouterStaticEntries({ router_static: router_statics[0]!, entries: [{ val1: 'a' }, { val1: 'b' }] })
    expect((await api.client.deleteRouterStaticEntries({ router_static_entries: [a!] })).router_static_entries).toEqual([a])
    expect((await api.client.describeRouterStaticEntries({ router_static: router_statics[0]! })).total_count).toBe(1)
    await api.client.deleteRouterStatics({ router_statics })
    expect((await refusal(api.client.deleteRouterStaticEntries({ router_static_entries: [b!] }))).ret_code).toBe(2100)
  })

  it('answers 2100 for another user’s, as for an unknown id entry', async () => {
    await using api = await startTestServer()
    const [router] = await activeRouters(api)
    const {
      router_statics: [vpn],
    } = await api.client.addRouterStatics({ router: router!, statics: [{ static_type: 2, val1: 'pptp' }] })
    const { router_static_entries } = await api.client.addRouterStaticEntries({ router_static: vpn!, entries: [{ val1: 'a' }] })
    const other = await api.newUser()
    expect((await refusal(other.client.deleteRouterStaticEntries({ router_static_entries }))).ret_code).toBe(2100)
  })
})
