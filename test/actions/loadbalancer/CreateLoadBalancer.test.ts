import { describe, expect, it } from 'vitest'
import { jobStatus } from '../../harness/compute.js'
import { loadbalancerStates } from '../../harness/loadbalancers.js'
import { availableEips, eipStates, routedVxnet } from '../../harness/network.js'
import { memberWithRules, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('CreateLoadBalancer', () => {
  it('creates a public load balancer: pending/creating, then active with its EIPs associated', async () => {
    await using api = await startTestServer()
    const eips = await availableEips(api, 2)
    const { loadbalancer_id, job_id } = await api.client.createLoadBalancer({ eips, loadbalancer_name: 'web', loadbalancer_type: 2 })
    expect(loadbalancer_id).toMatch(/^lb-[a-z0-9]{8}$/)
    expect(await loadbalancerStates(api.client, [loadbalancer_id])).toEqual([['pending', 'creating']])
    expect((await eipStates(api.client, eips)).map((s) => s[1])).toEqual(['associating', 'associating'])
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    const [lb] = (await api.client.describeLoadBalancers({ loadbalancers: [loadbalancer_id] })).loadbalancer_set
    const defaultGroup = (await api.client.describeSecurityGroups({})).security_group_set[0]!
    expect(lb).toMatchObject({
      loadbalancer_name: 'web',
      loadbalancer_type: 2,
      status: 'active',
      transition_status: '',
      is_applied: 1,
      vxnet_id: 'vxnet-0',
      node_count: 2,
      http_header_size: 15,
      security_group_id: defaultGroup.security_group_id,
      cluster: [],
    })
    expect(lb!.private_ips).toEqual([expect.stringMatching(/^10\.50\./)])
    expect(lb!.eips.map((e) => e.eip_id).sort()).toEqual([...eips].sort())
    expect(await eipStates(api.client, eips)).toEqual([
      ['associated', '', loadbalancer_id],
      ['associated', '', loadbalancer_id],
    ])
    const eip = (await api.client.describeEips({ eips: [eips[0]!] })).eip_set[0]!
    expect(eip.resource).toEqual({ resource_id: loadbalancer_id, resource_name: 'web', resource_type: 'loadbalancer' })
    const users = (await api.client.describeSecurityGroups({ verbose: 1 })).security_group_set[0]!.resources!
    expect(users).toEqual([{ resource_id: loadbalancer_id, resource_name: 'web', resource_type: 'loadbalancer' }])
  })

  it('creates a private load balancer in a routed VxNet, at a fixed address or one from the DHCP range', async () => {
    await using api = await startTestServer()
    const { vxnet } = await routedVxnet(api)
    const fixed = await api.client.createLoadBalancer({ vxnet, private_ip: '192.168.1.100' })
    const dynamic = await api.client.createLoadBalancer({ vxnet })
    await api.drainJobs()
    const { loadbalancer_set } = await api.client.describeLoadBalancers({ loadbalancers: [fixed.loadbalancer_id, dynamic.loadbalancer_id] })
    const byId = new Map(loadbalancer_set.map((lb) => [lb.loadbalancer_id, lb]))
    expect(byId.get(fixed.loadbalancer_id)).toMatchObject({ vxnet_id: vxnet, private_ips: ['192.168.1.100'], eips: [], status: 'active' })
    expect(byId.get(dynamic.loadbalancer_id)!.private_ips[0]).toMatch(/^192\.168\.1\./)
    const taken = await refusal(api.client.createLoadBalancer({ vxnet, private_ip: '192.168.1.100' }))
    expect([taken.ret_code, taken.message]).toEqual([1400, expect.stringContaining('already in use')])
    // The VxNet keeps them: it can neither be deleted nor leave its router while they are in it.
    expect((await refusal(api.client.deleteVxnets({ vxnets: [vxnet] }))).ret_code).toBe(1400)
    await api.client.deleteLoadBalancers({ loadbalancers: [fixed.loadbalancer_id, dynamic.loadbalancer_id] })
    await api.drainJobs()
    expect((await api.client.createLoadBalancer({ vxnet, private_ip: '192.168.1.100' })).loadbalancer_id).toMatch(/^lb-/)
  })

  it('refuses bad combinations, unavailable EIPs, other users’ EIPs and the quota', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'loadbalancer=1' } })
    const missing = await refusal(api.client.createLoadBalancer({}))
    expect([missing.ret_code, missing.message]).toEqual([1100, expect.stringContaining('[eips]')])
    expect((await refusal(api.client.createLoadBalancer({ vxnet: 'vxnet-0', loadbalancer_type: 6 }))).ret_code).toBe(1100)
    const { vxnet } = await routedVxnet(api)
    const [eip] = await availableEips(api)
    const mixed = await refusal(api.client.createLoadBalancer({ vxnet, eips: [eip!] }))
    expect([mixed.ret_code, mixed.message]).toEqual([1100, expect.stringContaining('[eips]')])
    const fixedPublic = await refusal(api.client.createLoadBalancer({ eips: [eip!], private_ip: '10.50.0.9' }))
    expect([fixedPublic.ret_code, fixedPublic.message]).toEqual([1100, expect.stringContaining('[private_ip]')])
    const { vxnets } = await api.client.createVxnets({ vxnet_type: 1 })
    expect((await refusal(api.client.createLoadBalancer({ vxnet: vxnets[0]! }))).ret_code).toBe(1400)
    expect((await refusal(api.client.createLoadBalancer({ eips: [eip!], security_group: 'sg-nothere0' }))).ret_code).toBe(2100)
    const other = await api.newUser()
    const [theirs] = await availableEips(api, 1, other.client)
    expect((await refusal(api.client.createLoadBalancer({ eips: [theirs!] }))).ret_code).toBe(2100)
    expect((await refusal(api.client.createLoadBalancer({ eips: [eip!], target_user: other.credentials.user_id }))).ret_code).toBe(1400)
    await api.client.createLoadBalancer({ eips: [eip!] })
    // The EIP is taken now, and the quota of one is used.
    const [second] = await availableEips(api)
    expect((await refusal(api.client.createLoadBalancer({ eips: [eip!] }))).ret_code).toBe(1400)
    expect((await refusal(api.client.createLoadBalancer({ eips: [second!] }))).ret_code).toBe(2500)
  })

  it('in a project, only its owner creates; the new load balancer is an item members with loadbalancer.describe see', async () => {
    await using api = await startTestServer()
    const p = await newProject(api.client)
    const [eip] = await availableEips(api)
    const reader = await memberWithRules(api, api.client, p.project_id, [{ policy: 'loadbalancer.describe' }])
    const denied = await refusal(reader.client.createLoadBalancer({ vxnet: 'vxnet-0', project_id: p.project_id }))
    expect([denied.ret_code, denied.message]).toEqual([1400, expect.stringContaining('may create resources in it')])
    const { loadbalancer_id } = await api.client.createLoadBalancer({ eips: [eip!], project_id: p.project_id })
    await api.drainJobs()
    const seen = await reader.client.describeLoadBalancers({ project_id: p.project_id })
    expect(seen.loadbalancer_set.map((lb) => lb.loadbalancer_id)).toEqual([loadbalancer_id])
  })
})
