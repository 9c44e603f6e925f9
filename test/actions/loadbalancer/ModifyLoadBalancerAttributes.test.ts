import { describe, expect, it } from 'vitest'
import { activeLoadbalancer, loadbalancerRecord, projectLoadbalancer } from '../../harness/loadbalancers.js'
import { routedVxnet } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifyLoadBalancerAttributes', () => {
  it('renames at once; stages the security group, node count and header size (is_applied 0)', async () => {
    await using api = await startTestServer()
    const { loadbalancer } = await activeLoadbalancer(api)
    await api.client.modifyLoadBalancerAttributes({ loadbalancer, loadbalancer_name: 'front', description: 'edge' })
    expect(await loadbalancerRecord(api.client, loadbalancer)).toMatchObject({
      loadbalancer_name: 'front',
      description: 'edge',
      is_applied: 1,
    })
    const { security_group_id } = await api.client.createSecurityGroup({ security_group_name: 'lb' })
    await api.client.modifyLoadBalancerAttributes({ loadbalancer, security_group: security_group_id, node_count: 3, http_header_size: 64 })
    expect(await loadbalancerRecord(api.client, loadbalancer)).toMatchObject({
      security_group_id,
      node_count: 3,
      http_header_size: 64,
      is_applied: 0,
    })
    await api.client.modifyLoadBalancerAttributes({ loadbalancer, description: '' })
    expect((await loadbalancerRecord(api.client, loadbalancer)).description).toBeNull()
  })

  it("moves a private load balancer's address within its VxNet; a public one has none to move", async () => {
    await using api = await startTestServer()
    const { vxnet } = await routedVxnet(api)
    const { loadbalancer_id } = await api.client.createLoadBalancer({ vxnet, private_ip: '192.168.1.50' })
    await api.drainJobs()
    await api.client.modifyLoadBalancerAttributes({ loadbalancer: loadbalancer_id, private_ip: '192.168.1.60' })
    expect((await loadbalancerRecord(api.client, loadbalancer_id)).private_ips).toEqual(['192.168.1.60'])
    // The old address is free again, the new one taken.
    const { loadbalancer_id: next } = await api.client.createLoadBalancer({ vxnet, private_ip: '192.168.1.50' })
    expect(next).toMatch(/^lb-/)
    expect((await refusal(api.client.createLoadBalancer({ vxnet, private_ip: '192.168.1.60' }))).ret_code).toBe(1400)
    const outside = await refusal(api.client.modifyLoadBalancerAttributes({ loadbalancer: loadbalancer_id, private_ip: '10.9.9.9' }))
    expect(outside.ret_code).not.toBe(0)
    const { loadbalancer } = await activeLoadbalancer(api)
    const onPublic = await refusal(api.client.modifyLoadBalancerAttributes({ loadbalancer, private_ip: '10.50.0.77' }))
    expect([onPublic.ret_code, onPublic.message]).toEqual([1100, expect.stringContaining('[private_ip]')])
  })

  it('refuses unknown ids, a bad header size, staged changes while deleting, and another user’s group', async () => {
    await using api = await startTestServer()
    const { loadbalancer } = await activeLoadbalancer(api)
    expect((await refusal(api.client.modifyLoadBalancerAttributes({ loadbalancer: 'lb-nothere0', loadbalancer_name: 'x' }))).ret_code).toBe(
      2100,
    )
    expect((await refusal(api.client.modifyLoadBalancerAttributes({ loadbalancer, http_header_size: 128 }))).ret_code).toBe(1100)
    const other = await api.newUser()
    const { security_group_id } = await other.client.createSecurityGroup({ security_group_name: 'theirs' })
    expect((await refusal(api.client.modifyLoadBalancerAttributes({ loadbalancer, security_group: security_group_id }))).ret_code).toBe(
      2100,
    )
    await api.client.deleteLoadBalancers({ loadbalancers: [loadbalancer] })
    expect((await refusal(api.client.modifyLoadBalancerAttributes({ loadbalancer, node_count: 2 }))).ret_code).toBe(1400)
  })

  it('in a project, a member who may only describe load balancers is refused', async () => {
    await using api = await startTestServer()
    const { project_id, loadbalancer, reader } = await projectLoadbalancer(api)
    const denied = await refusal(reader.modifyLoadBalancerAttributes({ loadbalancer, loadbalancer_name: 'x', project_id }))
    expect([denied.ret_code, denied.message]).toEqual([1400, expect.stringContaining('is not allowed')])
  })
})
