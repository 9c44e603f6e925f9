import { describe, expect, it } from 'vitest'
import { routedVxnet } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifyRouterStaticAttributes', () => {
  it('changes the values given and marks the router not applied', async () => {
    await using api = await startTestServer()
    const { router } = await routedVxnet(api)
    const {
      router_statics: [id],
    } = await api.client.addRouterStatics({ router, statics: [{ static_type: 1, val1: '80', val2: '192.168.1.12', val3: '80' }] })
    await api.client.updateRouters({ routers: [router] })
    await api.drainJobs()
    expect(
      (await api.client.modifyRouterStaticAttributes({ router_static: id!, router_static_name: 'web', val3: '8080', val4: 'udp' }))
        .router_static_id,
    ).toBe(id)
    const record = (await api.client.describeRouterStatics({ router_statics: [id!] })).router_static_set[0]
    expect(record).toMatchObject({ router_static_name: 'web', val1: '80', val3: '8080', val4: 'udp' })
    expect((await api.client.describeRouters({ routers: [router] })).router_set[0]!.is_applied).toBe(0)
  })

  it("disables and enables a static (the CLI's -D/-E): kept, listed with disabled 1, a change for UpdateRouters", async () => {
    await using api = await startTestServer()
    const { router } = await routedVxnet(api)
    const {
      router_statics: [id, dns],
    } = await api.client.addRouterStatics({
      router,
      statics: [
        { static_type: 1, val1: '80', val2: '192.168.1.12', val3: '80' },
        { static_type: 8, val1: 'a', val2: '1.1.1.1' },
      ],
    })
    const disabled = async () =>
      (await api.client.describeRouterStatics({ router })).router_static_set.map((s) => [s.router_static_id, s.disabled]).sort()
    expect(await disabled()).toEqual(
      [
        [id, 0],
        [dns, 0],
      ].sort(),
    )
    await api.client.updateRouters({ routers: [router] })
    await api.drainJobs()
    await api.client.modifyRouterStaticAttributes({ router_static: id!, disabled: 1 })
    expect(await disabled()).toEqual(
      [
        [id, 1],
        [dns, 0],
      ].sort(),
    )
    expect((await api.client.describeRouters({ routers: [router] })).router_set[0]!.is_applied).toBe(0)
    // Plain wire text as QingCloud's CLI sends it; other fields are left as they were.
    await api.client.call('ModifyRouterStaticAttributes', { router_static: id!, disabled: '0' } as never)
    const [record] = (await api.client.describeRouterStatics({ router_statics: [id!] })).router_static_set
    expect(record).toMatchObject({ disabled: 0, val1: '80', val2: '192.168.1.12', val3: '80' })
    expect(
      (await refusal(api.client.call('ModifyRouterStaticAttributes', { router_static: id!, disabled: 'yes' } as never))).ret_code,
    ).toBe(1100)
  })

  it('checks the static as it would become (1100), unknown ids (2100)', async () => {
    await using api = await startTestServer()
    const { router } = await routedVxnet(api)
    const {
      router_statics: [id],
    } = await api.client.addRouterStatics({ router, statics: [{ static_type: 1, val1: '80', val2: '192.168.1.12', val3: '80' }] })
    const error = await refusal(api.client.modifyRouterStaticAttributes({ router_static: id!, val4: 'icmp' }))
    expect([error.ret_code, error.message]).toEqual([1100, 'InvalidParameter, parameter [val4] must be tcp or udp (got [icmp])'])
    expect((await refusal(api.client.modifyRouterStaticAttributes({ router_static: 'rtrs-nothere0', val1: '1' }))).ret_code).toBe(2100)
  })
})
