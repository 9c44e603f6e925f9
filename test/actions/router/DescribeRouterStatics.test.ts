import { describe, expect, it } from 'vitest'
import { routedVxnet } from '../../harness/network.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeRouterStatics', () => {
  it('filters by id, router, type; never shows another user’s', async () => {
    await using api = await startTestServer()
    const { router } = await routedVxnet(api)
    const {
      router_statics: [forward, dns],
    } = await api.client.addRouterStatics({
      router,
      statics: [
        { static_type: 1, val1: '22', val2: '192.168.1.5', val3: '22', val4: 'udp' },
        { static_type: 8, val1: 'a.local', val2: '192.168.1.6' },
      ],
    })
    const ids = async (input: Parameters<typeof api.client.describeRouterStatics>[0]) =>
      (await api.client.describeRouterStatics(input)).router_static_set.map((s) => s.router_static_id)
    expect((await ids({ router })).sort()).toEqual([forward!, dns!].sort())
    expect(await ids({ static_type: 8 })).toEqual([dns])
    expect(await ids({ router_statics: [forward!] })).toEqual([forward])
    const other = await api.newUser()
    expect((await other.client.describeRouterStatics({})).total_count).toBe(0)
  })
})
