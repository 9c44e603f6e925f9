import { describe, expect, it } from 'vitest'
import { jobStatus } from '../../harness/compute.js'
import { routerStates } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('CreateRouters', () => {
  it('passes through pending/creating to active with a vxnet-0 address and the default group', async () => {
    await using api = await startTestServer()
    const { routers, job_id } = await api.client.createRouters({ router_name: 'edge', count: 2 })
    expect(routers[0]).toMatch(/^rtr-[a-z0-9]{8}$/)
    expect(await routerStates(api.client, routers)).toEqual([
      ['pending', 'creating'],
      ['pending', 'creating'],
    ])
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    const { router_set } = await api.client.describeRouters({ routers, verbose: 1 })
    const defaultGroup = (await api.client.describeSecurityGroups({})).security_group_set[0]!
    for (const router of router_set) {
      expect(router).toMatchObject({
        router_name: 'edge',
        status: 'active',
        router_type: 1,
        is_applied: 1,
        eip: { eip_id: '', eip_name: '', eip_addr: '' },
        vpc_network: '192.168.0.0/16',
      })
      expect(router.private_ip).toMatch(/^10\.50\./)
      expect(router.security_group_id).toBe(defaultGroup.security_group_id)
      expect(router.vxnets).toEqual([{ vxnet_id: 'vxnet-0', nic_id: expect.stringMatching(/^52:54:/) }])
    }
    expect(router_set[0]!.private_ip).not.toBe(router_set[1]!.private_ip)
    const users = (await api.client.describeSecurityGroups({ verbose: 1 })).security_group_set[0]!.resources!
    expect(users.map((r) => r.resource_type)).toEqual(['router', 'router'])
  })

  it('checks router_type, vpc_network, the security group and the router quota', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'router=1' } })
    expect((await refusal(api.client.createRouters({ router_type: 5 }))).ret_code).toBe(1100)
    expect((await refusal(api.client.call('CreateRouters', { vpc_network: '10.0.0.0/8' } as never))).ret_code).toBe(1100)
    expect((await refusal(api.client.createRouters({ security_group: 'sg-nothere0' }))).ret_code).toBe(2100)
    await api.client.createRouters({})
    expect((await refusal(api.client.createRouters({}))).ret_code).toBe(2500)
  })
})
