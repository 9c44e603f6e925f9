import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { listenerWithBackends, projectLoadbalancer } from '../../harness/loadbalancers.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeLoadBalancerBackends', () => {
  it('lists backends by id, listener or load balancer; status follows the instance and the disabled flag', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    const {
      loadbalancer,
      listener: web,
      backends: [backend],
    } = await listenerWithBackends(api, { resources: [instance!] })
    const { listener: alt } = await listenerWithBackends(api, { resources: [instance!] })
    expect((await api.client.describeLoadBalancerBackends({})).total_count).toBe(2)
    expect(
      (await api.client.describeLoadBalancerBackends({ loadbalancer })).loadbalancer_backend_set.map((b) => b.loadbalancer_backend_id),
    ).toEqual([backend])
    const byId = await api.client.describeLoadBalancerBackends({ loadbalancer_backends: [backend!] })
    expect(byId.loadbalancer_backend_set[0]).toMatchObject({ resource_id: instance, status: 'up', loadbalancer_listener_id: web })
    expect((await api.client.describeLoadBalancerBackends({ loadbalancer_listener: alt })).total_count).toBe(1)
    await api.client.stopInstances({ instances: [instance!] })
    await api.drainJobs()
    expect((await api.client.describeLoadBalancerBackends({ loadbalancer_backends: [backend!] })).loadbalancer_backend_set[0]!.status).toBe(
      'down',
    )
    await api.client.startInstances({ instances: [instance!] })
    await api.drainJobs()
    await api.client.modifyLoadBalancerBackendAttributes({ loadbalancer_backend: backend!, disabled: 1 })
    expect((await api.client.describeLoadBalancerBackends({ loadbalancer_backends: [backend!] })).loadbalancer_backend_set[0]!.status).toBe(
      'down',
    )
  })

  it('answers 2100 for unknown ids and another user’s', async () => {
    await using api = await startTestServer()
    const {
      backends: [backend],
    } = await listenerWithBackends(api, { resources: ['10.0.0.9'] })
    const other = await api.newUser()
    expect((await refusal(other.client.describeLoadBalancerBackends({ loadbalancer_backends: [backend!] }))).ret_code).toBe(2100)
    expect((await other.client.describeLoadBalancerBackends({})).total_count).toBe(0)
    expect((await refusal(api.client.describeLoadBalancerBackends({ loadbalancer_backends: ['lbb-nothere0'] }))).ret_code).toBe(2100)
  })

  it("in a project, lists the project's backends to a member who may describe", async () => {
    await using api = await startTestServer()
    const { project_id, loadbalancer, reader } = await projectLoadbalancer(api)
    await listenerWithBackends(api, { loadbalancer, resources: ['10.0.0.9'] })
    expect((await reader.describeLoadBalancerBackends({ project_id })).loadbalancer_backend_set.map((b) => b.resource_id)).toEqual([
      '10.0.0.9',
    ])
    const outsider = await api.newUser()
    expect((await refusal(outsider.client.describeLoadBalancerBackends({ project_id }))).ret_code).toBe(1400)
  })
})
