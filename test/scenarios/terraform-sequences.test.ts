import { describe, expect, it } from 'vitest'
import { jobStatus } from '../harness/compute.js'
import { activeRouters, availableEips, instanceNics, routedVxnet } from '../harness/network.js'
import { refusal } from '../harness/refusal.js'
import { startTestServer } from '../harness/server.js'
import { availableVolumes } from '../harness/storage.js'

/**
 * The call sequences of QingCloud's Terraform provider (create, refresh, update, destroy), as its
 * resources send them, through this project's SDK (docs/compat.md#basic-network-join,
 * #router-eip-at-once, #describe-removed-ids).
 */
describe('QingCloud Terraform provider sequences', () => {
  it('qingcloud_instance: created without vxnets, joins vxnet-0, moves to a VxNet with a fixed address', async () => {
    await using api = await startTestServer()
    const { keypair_id } = await api.client.createKeyPair({ keypair_name: 'tf' })
    const {
      instances: [instance],
    } = await api.client.runInstances({
      image_id: 'centos7x64d',
      cpu: 1,
      memory: 1024,
      instance_class: 0,
      login_mode: 'keypair',
      login_keypair: keypair_id,
      count: 1,
    })
    await api.drainJobs()
    const read = async () => (await api.client.describeInstances({ instances: [instance!], verbose: 1 })).instance_set[0]!
    // The Go SDK's RunInstance helper waits for this address even when no VxNet was asked for.
    expect((await read()).vxnets[0]!.private_ip).toMatch(/^10\.50\.\d+\.\d+$/)
    const { job_id } = await api.client.joinVxnet({ vxnet: 'vxnet-0', instances: [instance!] })
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    const joined = await read()
    expect(joined.vxnets).toHaveLength(1)
    expect(joined.vxnets[0]).toMatchObject({ vxnet_id: 'vxnet-0', private_ip: expect.stringMatching(/^10\.50\.\d+\.\d+$/) })
    expect([joined.status, joined.transition_status]).toEqual(['running', ''])

    const { vxnet } = await routedVxnet(api)
    await api.client.leaveVxnet({ vxnet: 'vxnet-0', instances: [instance!] })
    await api.drainJobs()
    expect((await api.client.describeVxnets({ vxnets: [vxnet] })).vxnet_set[0]!.vxnet_type).toBe(1)
    await api.client.joinVxnet({ vxnet: `${vxnet}|192.168.1.20`, instances: [instance!] })
    await api.drainJobs()
    expect(await instanceNics(api.client, instance!)).toEqual([[vxnet, '192.168.1.20']])
    expect((await read()).vxnets[0]).toMatchObject({ vxnet_id: vxnet, vxnet_type: 1, private_ip: '192.168.1.20' })
  })

  it('qingcloud_vpc: the EIP set by ModifyRouterAttributes reads back at once', async () => {
    await using api = await startTestServer()
    const [router] = await activeRouters(api)
    const [eip] = await availableEips(api)
    await api.client.modifyRouterAttributes({ router: router!, router_name: 'vpc', eip: eip! })
    const addr = (await api.client.describeEips({ eips: [eip!] })).eip_set[0]!.eip_addr
    const record = (await api.client.describeRouters({ routers: [router!], verbose: 1 })).router_set[0]!
    expect([record.router_name, record.transition_status, record.eip]).toEqual(['vpc', '', { eip_id: eip, eip_name: '', eip_addr: addr }])
  })

  it('qingcloud_loadbalancer, _listener and _backend: create in vxnet-0, stage and update, read, destroy', async () => {
    await using api = await startTestServer()
    const [eip] = await availableEips(api)
    const { loadbalancer_id: lb } = await api.client.createLoadBalancer({
      loadbalancer_name: 'tf',
      vxnet: 'vxnet-0',
      http_header_size: 15,
      loadbalancer_type: 0,
      eips: [eip!],
    })
    await api.drainJobs()
    const read = async () => (await api.client.describeLoadBalancers({ loadbalancers: [lb], verbose: 1 })).loadbalancer_set[0]!
    expect(await read()).toMatchObject({ transition_status: '', vxnet_id: 'vxnet-0', node_count: 2, cluster: [], eips: [{ eip_id: eip }] })
    // The resource's update: attributes, then UpdateLoadBalancers when a staged one changed.
    await api.client.modifyLoadBalancerAttributes({ loadbalancer: lb, loadbalancer_name: 'tf', http_header_size: 20 })
    await api.client.updateLoadBalancers({ loadbalancers: [lb] })
    await api.drainJobs()
    expect(await read()).toMatchObject({ is_applied: 1, http_header_size: 20 })
    const {
      loadbalancer_listeners: [listener],
    } = await api.client.addLoadBalancerListeners({
      loadbalancer: lb,
      listeners: [
        {
          listener_port: 80,
          listener_protocol: 'http',
          backend_protocol: 'http',
          balance_mode: 'roundrobin',
          forwardfor: 0,
          healthy_check_method: 'tcp',
          healthy_check_option: '10|5|2|5',
          listener_option: 0,
          timeout: 50,
        },
      ],
    })
    await api.client.updateLoadBalancers({ loadbalancers: [lb] })
    await api.drainJobs()
    const {
      loadbalancer_backends: [backend],
    } = await api.client.addLoadBalancerBackends({
      loadbalancer_listener: listener!,
      backends: [{ resource_id: '192.168.0.10', port: 80, weight: 5, loadbalancer_backend_name: 'tf' }],
    })
    await api.client.updateLoadBalancers({ loadbalancers: [lb] })
    await api.drainJobs()
    const backendRead = await api.client.describeLoadBalancerBackends({ loadbalancer_backends: [backend!] })
    expect(backendRead.loadbalancer_backend_set[0]).toMatchObject({ loadbalancer_listener_id: listener, port: 80, weight: 5 })
    // Destroy: backend, listener (each followed by an update), then the load balancer; each reads as gone.
    await api.client.deleteLoadBalancerBackends({ loadbalancer_backends: [backend!] })
    await api.client.deleteLoadBalancerListeners({ loadbalancer_listeners: [listener!] })
    await api.client.updateLoadBalancers({ loadbalancers: [lb] })
    await api.drainJobs()
    expect((await api.client.describeLoadBalancerBackends({ loadbalancer_backends: [backend!] })).loadbalancer_backend_set).toEqual([])
    expect((await api.client.describeLoadBalancerListeners({ loadbalancer_listeners: [listener!] })).loadbalancer_listener_set).toEqual([])
    await api.client.deleteLoadBalancers({ loadbalancers: [lb] })
    await api.drainJobs()
    expect((await read()).status).toBe('deleted')
  })

  it('every deletable resource reads as gone by its id: ret_code 0, not listed or in a terminal status', async () => {
    await using api = await startTestServer()
    const c = api.client
    const {
      vxnets: [vxnet],
    } = await c.createVxnets({ vxnet_type: 0 })
    await c.deleteVxnets({ vxnets: [vxnet!] })
    expect((await c.describeVxnets({ vxnets: [vxnet!], verbose: 1 })).vxnet_set).toEqual([])
    expect((await c.describeVxnetInstances({ vxnet: vxnet! })).instance_set).toEqual([])

    const { security_group_id } = await c.createSecurityGroup({ security_group_name: 'tf' })
    const {
      security_group_rules: [rule],
    } = await c.addSecurityGroupRules({ security_group: security_group_id, rules: [{ protocol: 'tcp', priority: 1, val1: '22' }] })
    await c.deleteSecurityGroupRules({ security_group_rules: [rule!] })
    expect((await c.describeSecurityGroupRules({ security_group_rules: [rule!] })).security_group_rule_set).toEqual([])
    await c.deleteSecurityGroups({ security_groups: [security_group_id] })
    expect((await c.describeSecurityGroups({ security_groups: [security_group_id], verbose: 1 })).security_group_set).toEqual([])
    expect((await c.describeSecurityGroupRules({ security_group: security_group_id })).security_group_rule_set).toEqual([])

    const { security_group_ipset_id } = await c.createSecurityGroupIPSet({ ipset_type: 0, val: '10.0.0.1' })
    await c.deleteSecurityGroupIPSets({ security_group_ipsets: [security_group_ipset_id] })
    expect((await c.describeSecurityGroupIPSets({ security_group_ipsets: [security_group_ipset_id] })).security_group_ipset_set).toEqual([])

    const { keypair_id } = await c.createKeyPair({ keypair_name: 'tf' })
    await c.deleteKeyPairs({ keypairs: [keypair_id] })
    expect((await c.describeKeyPairs({ keypairs: [keypair_id] })).keypair_set).toEqual([])

    const { tag_id } = await c.createTag({ tag_name: 'tf' })
    await c.deleteTags({ tags: [tag_id] })
    expect((await c.describeTags({ tags: [tag_id] })).tag_set).toEqual([])

    const [router] = await activeRouters(api)
    const { router_statics } = await c.addRouterStatics({ router: router!, statics: [{ static_type: 8, val1: 'a', val2: '1.1.1.1' }] })
    await c.deleteRouterStatics({ router_statics })
    expect((await c.describeRouterStatics({ router: router!, router_statics })).router_static_set).toEqual([])
    await c.deleteRouters({ routers: [router!] })
    await api.drainJobs()
    expect((await c.describeRouters({ routers: [router!], verbose: 1 })).router_set.map((r) => r.status)).toEqual(['deleted'])

    const [eip] = await availableEips(api)
    await c.releaseEips({ eips: [eip!] })
    await api.drainJobs()
    expect((await c.describeEips({ eips: [eip!], verbose: 1 })).eip_set.map((e) => e.status)).toEqual(['released'])

    const [volume] = await availableVolumes(api)
    await c.deleteVolumes({ volumes: [volume!] })
    await api.drainJobs()
    expect((await c.describeVolumes({ volumes: [volume!] })).volume_set.map((v) => v.status)).toEqual(['deleted'])

    const {
      instances: [instance],
    } = await c.runInstances({ image_id: 'centos7x64d', instance_type: 'c1m1', login_mode: 'passwd', login_passwd: 'Secret2026' })
    await api.drainJobs()
    await c.terminateInstances({ instances: [instance!] })
    await api.drainJobs()
    expect((await c.describeInstances({ instances: [instance!], verbose: 1 })).instance_set.map((i) => i.status)).toEqual(['terminated'])
  })

  it('keeps 2100 for ids that never existed, and another user’s deleted id reads the same', async () => {
    await using api = await startTestServer()
    const other = await api.newUser()
    const {
      vxnets: [theirs],
    } = await other.client.createVxnets({ vxnet_type: 0 })
    await other.client.deleteVxnets({ vxnets: [theirs!] })
    const { security_group_id: theirGroup } = await other.client.createSecurityGroup({ security_group_name: 'x' })
    await other.client.deleteSecurityGroups({ security_groups: [theirGroup] })
    expect((await other.client.describeVxnets({ vxnets: [theirs!] })).vxnet_set).toEqual([])

    const never = await refusal(api.client.describeVxnets({ vxnets: ['vxnet-nothere0'] }))
    const foreign = await refusal(api.client.describeVxnets({ vxnets: [theirs!] }))
    expect(never.ret_code).toBe(2100)
    expect([foreign.ret_code, foreign.message.replace(theirs!, 'ID')]).toEqual([2100, never.message.replace('vxnet-nothere0', 'ID')])
    const neverGroup = await refusal(api.client.describeSecurityGroups({ security_groups: ['sg-nothere0'] }))
    const foreignGroup = await refusal(api.client.describeSecurityGroups({ security_groups: [theirGroup] }))
    expect(foreignGroup.message.replace(theirGroup, 'ID')).toBe(neverGroup.message.replace('sg-nothere0', 'ID'))
    expect(foreignGroup.ret_code).toBe(2100)
    expect((await refusal(api.client.describeVxnetInstances({ vxnet: theirs! }))).ret_code).toBe(2100)

    // A deleted id beside a never-existing one: the unknown one answers.
    const {
      vxnets: [mine],
    } = await api.client.createVxnets({ vxnet_type: 0 })
    await api.client.deleteVxnets({ vxnets: [mine!] })
    expect((await refusal(api.client.describeVxnets({ vxnets: [mine!, 'vxnet-nothere0'] }))).message).toContain('vxnet-nothere0')
  })

  it('the other resources read back the fields the provider reads, as it wrote them', async () => {
    await using api = await startTestServer()
    const c = api.client
    // qingcloud_keypair: mode=user; Read joins encrypt_method and pub_key, the state keeps "type key".
    const key =
      'AAAAB3NzaC1yc2EAAAADAQABAAABAQCyLSPqVIdXGH0QlGeWcPwa1fjTRKl6WtMiaSsP8/GnwjakDSKILUCoNe1yIpiK8F0/gmL71xaDQyfl7k6aE+gn6lSLUjpDmucAF1luGg6l7CIN+6hCqY3YqlAI05Tqwu0PdLAwCbGwdHcaWfECcbROJk5D0zpCTHmissrrAxdOv72g9Ple8KJ6C7F1tz6wmG0zUeineguGjW/PvfZiBDWZ/CyXGPeMDJxv3lrIiLa/ShgnQOxFTdHJPCw+F0/XlSzlIzP3gfni1vXxJWvYjdE9ULo7Z1DLWgZ73FCbeAvX/0e9C9jwT21Qa5RUy4pSP8m4WXSJgw2f9IpY1vIJFSZP'
    const { keypair_id } = await c.createKeyPair({ keypair_name: 'tf', mode: 'user', public_key: `    ssh-rsa ${key} root@centos1    ` })
    await c.modifyKeyPairAttributes({ keypair: keypair_id, description: 'd' })
    const pair = (await c.describeKeyPairs({ keypairs: [keypair_id] })).keypair_set[0]!
    expect([pair.keypair_name, pair.description, `${pair.encrypt_method} ${pair.pub_key}`]).toEqual(['tf', 'd', `ssh-rsa ${key}`])

    // qingcloud_tag: created by name, then ModifyTagAttributes sets the color the schema defaults to.
    const { tag_id } = await c.createTag({ tag_name: 'tf' })
    await c.modifyTagAttributes({ tag: tag_id, color: '#9f9bb7', description: 'd' })
    const tag = (await c.describeTags({ tags: [tag_id] })).tag_set[0]!
    expect([tag.tag_name, tag.description, tag.color]).toEqual(['tf', 'd', '#9f9bb7'])

    // qingcloud_security_group_rule: Read by rule id alone.
    const { security_group_id } = await c.createSecurityGroup({ security_group_name: 'tf' })
    const {
      security_group_rules: [rule],
    } = await c.addSecurityGroupRules({
      security_group: security_group_id,
      rules: [
        {
          protocol: 'tcp',
          priority: 1,
          action: 'accept',
          direction: 0,
          val1: '80',
          val2: '81',
          val3: '10.0.0.0/8',
          security_group_rule_name: 'web',
        },
      ],
    })
    const read = (await c.describeSecurityGroupRules({ security_group_rules: [rule!] })).security_group_rule_set[0]!
    expect([
      read.security_group_id,
      read.protocol,
      read.priority,
      read.action,
      read.val1,
      read.val2,
      read.val3,
      read.security_group_rule_name,
    ]).toEqual([security_group_id, 'tcp', 1, 'accept', '80', '81', '10.0.0.0/8', 'web'])

    // qingcloud_eip: Read with verbose=1, resource map fields always present.
    const {
      eips: [eip],
    } = await c.allocateEips({ bandwidth: 2, billing_mode: 'traffic', eip_name: 'tf', need_icp: 0 })
    await api.drainJobs()
    const e = (await c.describeEips({ eips: [eip!], verbose: 1 })).eip_set[0]!
    expect([e.eip_name, e.billing_mode, e.bandwidth, e.need_icp, e.status]).toEqual(['tf', 'traffic', 2, 0, 'available'])

    // qingcloud_vpc_static: Read by router and static id.
    const [router] = await activeRouters(api)
    const {
      router_statics: [stat],
    } = await c.addRouterStatics({
      router: router!,
      statics: [{ static_type: 1, val1: '80', val2: '192.168.0.2', val3: '8080', val4: 'tcp' }],
    })
    const s = (await c.describeRouterStatics({ router: router!, router_statics: [stat!] })).router_static_set[0]!
    expect([s.static_type, s.val1, s.val2, s.val3, s.val4]).toEqual([1, '80', '192.168.0.2', '8080', 'tcp'])

    // qingcloud_volume: name, description, size, type.
    const [volume] = await availableVolumes(api, { size: 20, volume_type: 2, volume_name: 'tf' })
    const v = (await c.describeVolumes({ volumes: [volume!] })).volume_set[0]!
    expect([v.volume_name, v.size, v.volume_type]).toEqual(['tf', 20, 2])
  })
})
