import { describe, expect, it } from 'vitest'
import { activeRouters, availableEips, eipStates, routedVxnet } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifyRouterAttributes', () => {
  it('renames at once, switches the security group at once, stages DHCP changes', async () => {
    await using api = await startTestServer()
    const { router, vxnet } = await routedVxnet(api)
    const { security_group_id } = await api.client.createSecurityGroup({ security_group_name: 'rtr' })
    await api.client.modifyRouterAttributes({ router, router_name: 'core', description: 'vpc', security_group: security_group_id })
    const read = async () => (await api.client.describeRouters({ routers: [router] })).router_set[0]!
    expect(await read()).toMatchObject({ router_name: 'core', description: 'vpc', security_group_id, is_applied: 1 })
    const group = (await api.client.describeSecurityGroups({ security_groups: [security_group_id], verbose: 1 })).security_group_set[0]!
    expect(group.resources).toEqual([{ resource_id: router, resource_name: 'core', resource_type: 'router' }])
    await api.client.modifyRouterAttributes({ router, vxnet, dyn_ip_start: '192.168.1.100', dyn_ip_end: '192.168.1.199' })
    expect((await read()).is_applied).toBe(0)
    const joined = (await api.client.describeRouterVxnets({ router })).router_vxnet_set[0]!
    expect([joined.dyn_ip_start, joined.dyn_ip_end]).toEqual(['192.168.1.100', '192.168.1.199'])
  })

  it('sets and removes the EIP at once: DescribeRouters shows it without UpdateRouters', async () => {
    await using api = await startTestServer()
    const [router] = await activeRouters(api)
    const [first, second] = await availableEips(api, 2)
    await api.client.modifyEipAttributes({ eip: first!, eip_name: 'edge' })
    await api.client.modifyRouterAttributes({ router: router!, eip: first! })
    const read = async () => (await api.client.describeRouters({ routers: [router!], verbose: 1 })).router_set[0]!
    const addr = (await api.client.describeEips({ eips: [first!] })).eip_set[0]!.eip_addr
    expect(await read()).toMatchObject({ is_applied: 1, eip: { eip_id: first, eip_name: 'edge', eip_addr: addr } })
    expect(await eipStates(api.client, [first!])).toEqual([['associated', '', router]])
    await api.client.modifyRouterAttributes({ router: router!, eip: second! })
    expect((await read()).eip.eip_id).toBe(second)
    expect(await eipStates(api.client, [first!, second!])).toEqual([
      ['available', '', ''],
      ['associated', '', router],
    ])
    await api.client.modifyRouterAttributes({ router: router!, eip: '' })
    expect((await read()).eip).toEqual({ eip_id: '', eip_name: '', eip_addr: '' })
    expect(await eipStates(api.client, [second!])).toEqual([['available', '', '']])
  })

  it('refuses an EIP in use (1400), another user’s and unknown ones (2100)', async () => {
    await using api = await startTestServer()
    const [router] = await activeRouters(api)
    const other = await api.newUser()
    const [theirs] = await availableEips(api, 1, other.client)
    expect((await refusal(api.client.modifyRouterAttributes({ router: router!, eip: theirs! }))).ret_code).toBe(2100)
    expect((await refusal(api.client.modifyRouterAttributes({ router: router!, eip: 'eip-nothere0' }))).ret_code).toBe(2100)
    const [mine] = await availableEips(api)
    await api.client.releaseEips({ eips: [mine!] })
    await api.drainJobs()
    expect((await refusal(api.client.modifyRouterAttributes({ router: router!, eip: mine! }))).ret_code).toBe(1400)
    expect((await refusal(other.client.modifyRouterAttributes({ router: router!, router_name: 'x' }))).ret_code).toBe(2100)
  })
})
