import { describe, expect, it } from 'vitest'
import { instanceStates, jobStatus } from '../harness/compute.js'
import { eipStates, instanceEip, instanceNics, routerStates } from '../harness/network.js'
import { refusal } from '../harness/refusal.js'
import { startTestServer } from '../harness/server.js'

describe('network life cycle', () => {
  it('builds a VPC with a firewall, an instance and an EIP, then tears it down only in order', async () => {
    await using api = await startTestServer()
    const c = api.client

    // Firewall: a group with web rules, applied.
    const { security_group_id: sg } = await c.createSecurityGroup({ security_group_name: 'web' })
    await c.addSecurityGroupRules({
      security_group: sg,
      rules: [
        { protocol: 'tcp', priority: 1, val1: '80' },
        { protocol: 'tcp', priority: 1, val1: '443' },
      ],
    })
    expect((await c.describeSecurityGroups({ security_groups: [sg] })).security_group_set[0]!.is_applied).toBe(0)

    // VPC: router + managed VxNet joined on 192.168.10.0/24.
    const {
      routers: [router],
    } = await c.createRouters({ router_name: 'vpc', security_group: sg })
    const {
      vxnets: [vxnet],
    } = await c.createVxnets({ vxnet_type: 1, vxnet_name: 'app' })
    await api.drainJobs()
    const join = await c.joinRouter({ router: router!, vxnet: vxnet!, ip_network: '192.168.10.0/24' })
    await api.drainJobs()
    expect(await jobStatus(c, join.job_id)).toBe('successful')

    // An instance in the VxNet with a fixed address, in the group; the rules get applied.
    const {
      instances: [instance],
    } = await c.runInstances({
      image_id: 'centos7x64d',
      instance_type: 'c1m1',
      login_mode: 'passwd',
      login_passwd: 'Secret2026',
      vxnets: [`${vxnet}|192.168.10.50`],
      security_group: sg,
    })
    await api.drainJobs()
    expect(await instanceNics(c, instance!)).toEqual([[vxnet, '192.168.10.50']])
    await c.applySecurityGroup({ security_group: sg })
    await api.drainJobs()
    const group = (await c.describeSecurityGroups({ security_groups: [sg], verbose: 1 })).security_group_set[0]!
    expect(group.is_applied).toBe(1)
    expect(group.resources!.map((r) => [r.resource_type, r.resource_id]).sort()).toEqual(
      [
        ['instance', instance],
        ['router', router],
      ].sort(),
    )
    expect((await c.describeVxnetInstances({ vxnet: vxnet! })).instance_set.map((i) => [i.instance_id, i.private_ip])).toEqual([
      [instance, '192.168.10.50'],
    ])

    // A public address for the instance.
    const {
      eips: [eip],
    } = await c.allocateEips({ bandwidth: 10, eip_name: 'www' })
    await c.associateEip({ eip: eip!, instance: instance! })
    await api.drainJobs()
    expect(await eipStates(c, [eip!])).toEqual([['associated', '', instance]])
    expect((await instanceEip(c, instance!))?.eip_id).toBe(eip)

    // Tear down in the wrong order: every step is refused with 1400 and changes nothing.
    const refusals = [
      await refusal(c.releaseEips({ eips: [eip!] })),
      await refusal(c.deleteSecurityGroups({ security_groups: [sg] })),
      await refusal(c.deleteVxnets({ vxnets: [vxnet!] })),
      await refusal(c.leaveRouter({ router: router!, vxnets: [vxnet!] })),
      await refusal(c.deleteRouters({ routers: [router!] })),
    ]
    expect(refusals.map((e) => e.ret_code)).toEqual([1400, 1400, 1400, 1400, 1400])
    expect(await eipStates(c, [eip!])).toEqual([['associated', '', instance]])

    // The right order: EIP, instance, VxNet off the router, VxNet, router, group.
    await c.dissociateEips({ eips: [eip!] })
    await api.drainJobs()
    await c.releaseEips({ eips: [eip!] })
    await c.terminateInstances({ instances: [instance!] })
    await api.drainJobs()
    expect(await eipStates(c, [eip!])).toEqual([['released', '', '']])
    expect(await instanceStates(c, [instance!])).toEqual([['terminated', '']])
    expect((await c.describeVxnetInstances({ vxnet: vxnet! })).total_count).toBe(0)
    // The router still uses the group.
    expect((await refusal(c.deleteSecurityGroups({ security_groups: [sg] }))).ret_code).toBe(1400)
    await c.leaveRouter({ router: router!, vxnets: [vxnet!] })
    await api.drainJobs()
    expect((await c.deleteVxnets({ vxnets: [vxnet!] })).vxnets).toEqual([vxnet])
    await c.deleteRouters({ routers: [router!] })
    await api.drainJobs()
    expect(await routerStates(c, [router!])).toEqual([['deleted', '']])
    expect((await c.deleteSecurityGroups({ security_groups: [sg] })).security_groups).toEqual([sg])
  })

  it('terminating an instance frees its EIP, its addresses and its group in one go', async () => {
    await using api = await startTestServer()
    const c = api.client
    const {
      routers: [router],
    } = await c.createRouters({ vpc_network: '172.16.0.0/16' })
    const {
      vxnets: [vxnet],
    } = await c.createVxnets({ vxnet_type: 1 })
    await api.drainJobs()
    await c.joinRouter({ router: router!, vxnet: vxnet!, ip_network: '172.16.5.0/24' })
    const { security_group_id: sg } = await c.createSecurityGroup({})
    await api.drainJobs()
    const run = () =>
      c.runInstances({
        image_id: 'centos7x64d',
        instance_type: 'c1m1',
        login_mode: 'passwd',
        login_passwd: 'Secret2026',
        vxnets: [`${vxnet}|172.16.5.9`],
        security_group: sg,
      })
    const { instances } = await run()
    await api.drainJobs()
    expect((await refusal(run())).message).toBe(`PermissionDenied, address [172.16.5.9] is already in use in vxnet [${vxnet}]`)
    const {
      eips: [eip],
    } = await c.allocateEips({ bandwidth: 1 })
    await c.associateEip({ eip: eip!, instance: instances[0]! })
    await api.drainJobs()
    await c.terminateInstances({ instances })
    await api.drainJobs()
    expect(await eipStates(c, [eip!])).toEqual([['available', '', '']])
    expect((await c.describeVxnets({ vxnets: [vxnet!], verbose: 1 })).vxnet_set[0]!.instance_ids).toEqual([])
    // The address and the group are free again.
    const again = await run()
    await api.drainJobs()
    expect(await instanceNics(c, again.instances[0]!)).toEqual([[vxnet, '172.16.5.9']])
    await c.terminateInstances({ instances: again.instances })
    await api.drainJobs()
    expect((await c.deleteSecurityGroups({ security_groups: [sg] })).security_groups).toEqual([sg])
  })
})
