import { describe, expect, it } from 'vitest'
import { activeRouters } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('AddRouterStaticEntries', () => {
  it('adds entries to a static and marks its router not applied', async () => {
    await using api = await startTestServer()
    const [router] = await activeRouters(api)
    const {
      router_statics: [vpn],
    } = await api.client.addRouterStatics({ router: router!, statics: [{ static_type: 2, val1: 'pptp', val2: 'admin:secret' }] })
    await api.client.updateRouters({ routers: [router!] })
    await api.drainJobs()
    const { router_static_entries } = await api.client.addRouterStaticEntries({
      router_static: vpn!,
      entries: [{ val1: 'alice', val2: 'pw1' }, { val2: '192.168.127.0/24' }],
    })
    expect(router_static_entries).toHaveLength(2)
    expect(router_static_entries[0]).toMatch(/^rse-[a-z0-9]{8}$/)
    expect((await api.client.describeRouters({ routers: [router!] })).router_set[0]!.is_applied).toBe(0)
  })

  it('needs a value per entry (1100) and a known static (2100)', async () => {
    await using api = await startTestServer()
    const [router] = await activeRouters(api)
    const {
      router_statics: [vpn],
    } = await api.client.addRouterStatics({ router: router!, statics: [{ static_type: 2, val1: 'pptp' }] })
    expect(
      (await refusal(api.client.addRouterStaticEntries({ router_static: vpn!, entries: [{ router_static_entry_name: 'x' }] }))).ret_code,
    ).toBe(1100)
    expect((await refusal(api.client.addRouterStaticEntries({ router_static: 'rtrs-nothere0', entries: [{ val1: 'a' }] }))).ret_code).toBe(
      2100,
    )
  })
})
