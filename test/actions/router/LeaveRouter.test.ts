import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { activeRouters, routedVxnet } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('LeaveRouter', () => {
  it('disconnects an empty VxNet from its router', async () => {
    await using api = await startTestServer()
    const { router, vxnet } = await routedVxnet(api)
    expect(await api.client.leaveRouter({ router, vxnets: [vxnet] })).toMatchObject({ router_id: router, vxnets: [vxnet] })
    await api.drainJobs()
    const record = (await api.client.describeVxnets({ vxnets: [vxnet] })).vxnet_set[0]!
    expect([record.router, record.vpc_router_id]).toEqual([null, ''])
    expect((await api.client.describeRouterVxnets({ router })).total_count).toBe(0)
  })

  it('refuses a VxNet with instances, or joined to another router, with 1400', async () => {
    await using api = await startTestServer()
    const { router, vxnet } = await routedVxnet(api)
    const [other] = await activeRouters(api)
    await runningInstances(api, { vxnets: [vxnet] })
    const error = await refusal(api.client.leaveRouter({ router, vxnets: [vxnet] }))
    expect([error.ret_code, error.message]).toEqual([
      1400,
      `PermissionDenied, vxnet [${vxnet}] still has instances, it can not leave router [${router}]`,
    ])
    expect((await refusal(api.client.leaveRouter({ router: other!, vxnets: [vxnet] }))).ret_code).toBe(1400)
  })
})
