import { describe, expect, it } from 'vitest'
import { activeRouters } from '../../harness/network.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeRouterStaticEntries', () => {
  it('lists entries by static or id, and none of another user’s', async () => {
    await using api = await startTestServer()
    const [router] = await activeRouters(api)
    const {
      router_statics: [vpn],
    } = await api.client.addRouterStatics({ router: router!, statics: [{ static_type: 2, val1: 'pptp' }] })
    const {
      router_static_entries: [alice],
    } = await api.client.addRouterStaticEntries({ router_static: vpn!, entries: [{ val1: 'alice', val2: 'pw' }] })
    const { router_static_entry_set, total_count } = await api.client.describeRouterStaticEntries({ router_static: vpn! })
    expect(total_count).toBe(1)
    expect(router_static_entry_set[0]).toEqual({
      router_static_entry_id: alice,
      router_static_entry_name: '',
      router_static_id: vpn,
      router_id: router,
      val1: 'alice',
      val2: 'pw',
    })
    expect((await api.client.describeRouterStaticEntries({ router_static_entry_id: alice! })).total_count).toBe(1)
    const {
      router_static_entries: [bob, carol],
    } = await api.client.addRouterStaticEntries({
      router_static: vpn!,
      entries: [
        { val1: 'bob', val2: 'pw' },
        { val1: 'carol', val2: 'pw' },
      ],
    })
    // router_static_entries.N as the Python SDK sends it; unknown ids are left out.
    const byIds = await api.client.describeRouterStaticEntries({ router_static_entries: [alice!, carol!, 'rtrse-nothere'] })
    expect(byIds.router_static_entry_set.map((e) => e.val1).sort()).toEqual(['alice', 'carol'])
    expect(byIds.total_count).toBe(2)
    expect(
      (await api.client.describeRouterStaticEntries({ router_static_entries: [bob!], router_static_entry_id: alice! })).total_count,
    ).toBe(0)
    expect((await api.client.describeRouterStaticEntries({ router_static_entries: ['rtrse-nothere'] })).total_count).toBe(0)
    const other = await api.newUser()
    expect((await other.client.describeRouterStaticEntries({})).total_count).toBe(0)
  })
})
