import { describe, expect, it } from 'vitest'
import { activeRouters } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifyRouterStaticEntryAttributes', () => {
  it('changes the values given and marks the router not applied', async () => {
    await using api = await startTestServer()
    const [router] = await activeRouters(api)
    const {
      router_statics: [vpn],
    } = await api.client.addRouterStatics({ router: router!, statics: [{ static_type: 2, val1: 'pptp' }] })
    const {
      router_static_entries: [entry],
    } = await api.client.addRouterStaticEntries({ router_static: vpn!, entries: [{ val1: 'alice', val2: 'old' }] })
    await api.client.updateRouters({ routers: [router!] })
    await api.drainJobs()
    const answer = await api.client.modifyRouterStaticEntryAttributes({
      router_static_entry: entry!,
      val2: 'new',
      router_static_entry_name: 'a',
    })
    expect(answer.router_static_entry_id).toBe(entry)
    const record = (await api.client.describeRouterStaticEntries({ router_static_entry_id: entry! })).router_static_entry_set[0]
    expect(record).toMatchObject({ val1: 'alice', val2: 'new', router_static_entry_name: 'a' })
    expect((await api.client.describeRouters({ routers: [router!] })).router_set[0]!.is_applied).toBe(0)
    expect((await refusal(api.client.modifyRouterStaticEntryAttributes({ router_static_entry: 'rse-nothere0', val1: 'x' }))).ret_code).toBe(
      2100,
    )
  })
})
