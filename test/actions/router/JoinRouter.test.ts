import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { activeRouters, instanceNics } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('JoinRouter', () => {
  it('joins a managed VxNet with default addressing; instances already in it get addresses', async () => {
    await using api = await startTestServer()
    const [router] = await activeRouters(api)
    const {
      vxnets: [vxnet],
    } = await api.client.createVxnets({ vxnet_type: 1, vxnet_name: 'app' })
    const [instance] = await runningInstances(api, { vxnets: [vxnet!] })
    expect(await instanceNics(api.client, instance!)).toEqual([[vxnet, '']])
    const answer = await api.client.joinRouter({ router: router!, vxnet: vxnet!, ip_network: '192.168.1.0/24' })
    expect(answer).toMatchObject({ router_id: router, vxnet_id: vxnet })
    await api.drainJobs()
    expect(await instanceNics(api.client, instance!)).toEqual([[vxnet, '192.168.1.2']])
    const record = (await api.client.describeVxnets({ vxnets: [vxnet!] })).vxnet_set[0]!
    expect(record.router).toEqual({
      router_id: router,
      router_name: 'rtr',
      manager_ip: '192.168.1.1',
      ip_network: '192.168.1.0/24',
      dyn_ip_start: '192.168.1.2',
      dyn_ip_end: '192.168.1.254',
      mode: 0,
    })
    expect(record.vpc_router_id).toBe(router)
    expect(record.available_ip_count).toBe(252)
  })

  it('refuses unmanaged or joined VxNets, overlapping networks (1400) and bad networks (1100)', async () => {
    await using api = await startTestServer()
    const [router, second] = await activeRouters(api, 2)
    const {
      vxnets: [a, b],
    } = await api.client.createVxnets({ vxnet_type: 1, count: 2 })
    const {
      vxnets: [raw],
    } = await api.client.createVxnets({ vxnet_type: 0 })
    await api.client.joinRouter({ router: router!, vxnet: a!, ip_network: '192.168.1.0/24' })
    expect((await refusal(api.client.joinRouter({ router: second!, vxnet: a!, ip_network: '192.168.2.0/24' }))).message).toBe(
      `PermissionDenied, vxnet [${a}] is already joined to router [${router}]`,
    )
    expect((await refusal(api.client.joinRouter({ router: router!, vxnet: b!, ip_network: '192.168.1.0/24' }))).ret_code).toBe(1400)
    expect((await refusal(api.client.joinRouter({ router: router!, vxnet: raw!, ip_network: '192.168.3.0/24' }))).ret_code).toBe(1400)
    expect((await refusal(api.client.joinRouter({ router: router!, vxnet: b!, ip_network: '10.1.0.0/24' }))).ret_code).toBe(1100)
    expect((await refusal(api.client.joinRouter({ router: router!, vxnet: b!, ip_network: '172.16.3.0/24' }))).ret_code).toBe(1100)
    expect((await refusal(api.client.joinRouter({ router: router!, vxnet: 'vxnet-0', ip_network: '192.168.4.0/24' }))).ret_code).toBe(1400)
  })
})
