import { describe, expect, it } from 'vitest'
import { activeRouters } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('CopyRouterStatics', () => {
  it('copies every static to the destination router, which needs UpdateRouters', async () => {
    await using api = await startTestServer()
    const [source, dest] = await activeRouters(api, 2)
    const {
      router_statics: [dns],
    } = await api.client.addRouterStatics({ router: source!, statics: [{ static_type: 8, val1: 'a.local', val2: '192.168.1.5' }] })
    await api.client.modifyRouterStaticAttributes({ router_static: dns!, disabled: 1 })
    await api.client.copyRouterStatics({ source_router: source!, dest_router: dest!, dest_zone: 'pek3a' })
    const copied = (await api.client.describeRouterStatics({ router: dest! })).router_static_set
    // A disabled static stays disabled in the copy.
    expect(copied.map((s) => [s.static_type, s.val1, s.val2, s.disabled])).toEqual([[8, 'a.local', '192.168.1.5', 1]])
    expect((await api.client.describeRouters({ routers: [dest!] })).router_set[0]!.is_applied).toBe(0)
  })

  it('refuses another user’s router (2100, as unknown), an unknown one (2100) and a wrong zone (1100)', async () => {
    await using api = await startTestServer()
    const [source] = await activeRouters(api)
    const other = await api.newUser()
    const [theirs] = await activeRouters(api, 1, other.client)
    expect((await refusal(api.client.copyRouterStatics({ source_router: source!, dest_router: theirs! }))).ret_code).toBe(2100)
    expect((await refusal(api.client.copyRouterStatics({ source_router: source!, dest_router: 'rtr-nothere0' }))).ret_code).toBe(2100)
    expect(
      (await refusal(api.client.copyRouterStatics({ source_router: source!, dest_router: source!, dest_zone: 'sh1a' }))).ret_code,
    ).toBe(1100)
  })
})
