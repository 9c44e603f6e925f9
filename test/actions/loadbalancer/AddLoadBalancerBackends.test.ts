import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { activeLoadbalancer, httpListener, loadbalancerRecord, projectLoadbalancer } from '../../harness/loadbalancers.js'
import { activeRouters } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('AddLoadBalancerBackends', () => {
  it('adds instances, routers and addresses as backends of a listener (is_applied 0)', async () => {
    await using api = await startTestServer()
    const { loadbalancer } = await activeLoadbalancer(api)
    const listener = await httpListener(api.client, loadbalancer)
    await api.client.updateLoadBalancers({ loadbalancers: [loadbalancer] })
    await api.drainJobs()
    const [instance] = await runningInstances(api)
    const [router] = await activeRouters(api)
    const { loadbalancer_policy_id: policy } = await api.client.createLoadBalancerPolicy({})
    const { loadbalancer_backends } = await api.client.addLoadBalancerBackends({
      loadbalancer_listener: listener,
      backends: [
        { resource_id: instance!, port: 8080, weight: 5, loadbalancer_backend_name: 'app' },
        { resource_id: router!, port: 80, weight: 1 },
        { resource_id: '172.16.0.10', port: 80, weight: 2, loadbalancer_policy_id: policy },
      ],
    })
    expect(loadbalancer_backends).toHaveLength(3)
    expect((await loadbalancerRecord(api.client, loadbalancer)).is_applied).toBe(0)
    const { loadbalancer_backend_set } = await api.client.describeLoadBalancerBackends({ loadbalancer_listener: listener })
    const byResource = new Map(loadbalancer_backend_set.map((b) => [b.resource_id, b]))
    expect(byResource.get(instance!)).toMatchObject({
      loadbalancer_backend_name: 'app',
      loadbalancer_listener_id: listener,
      loadbalancer_id: loadbalancer,
      loadbalancer_policy_id: '',
      port: 8080,
      weight: 5,
      disabled: 0,
      status: 'up',
    })
    expect(byResource.get('172.16.0.10')).toMatchObject({ loadbalancer_policy_id: policy, weight: 2 })
    expect(byResource.get(router!)).toMatchObject({ port: 80, status: 'up' })
  })

  it('refuses what is not a live instance, router or address of the caller, and the same backend twice', async () => {
    await using api = await startTestServer()
    const { loadbalancer } = await activeLoadbalancer(api)
    const listener = await httpListener(api.client, loadbalancer)
    const add = (resource_id: string, extra: object = {}) =>
      refusal(
        api.client.addLoadBalancerBackends({ loadbalancer_listener: listener, backends: [{ resource_id, port: 80, weight: 1, ...extra }] }),
      )
    expect((await add('i-nothere0')).ret_code).toBe(2100)
    const other = await api.newUser()
    const [theirs] = await runningInstances(api, {}, other.client)
    expect((await add(theirs!)).ret_code).toBe(2100)
    const notABackend = await add('vol-12345678')
    expect([notABackend.ret_code, notABackend.message]).toEqual([1100, expect.stringContaining('[backends.1.resource_id]')])
    const badPolicy = await add('10.0.0.1', { loadbalancer_policy_id: 'policy-1' })
    expect([badPolicy.ret_code, badPolicy.message]).toEqual([1100, expect.stringContaining('[backends.1.loadbalancer_policy_id]')])
    expect((await add('10.0.0.1', { weight: 0 })).ret_code).toBe(1100)
    const noWeight = await refusal(
      api.client.call('AddLoadBalancerBackends', {
        loadbalancer_listener: listener,
        backends: [{ resource_id: '10.0.0.1', port: 80 }],
      } as never),
    )
    expect(noWeight.message).toBe('MissingParameter, parameter [backends.1.weight] is required')
    const [instance] = await runningInstances(api)
    await api.client.addLoadBalancerBackends({
      loadbalancer_listener: listener,
      backends: [{ resource_id: instance!, port: 80, weight: 1 }],
    })
    const twice = await add(instance!)
    expect([twice.ret_code, twice.message]).toEqual([1400, expect.stringContaining('already a backend')])
    await api.client.terminateInstances({ instances: [instance!] })
    const leaving = await add(instance!, { port: 82 })
    expect([leaving.ret_code, leaving.message]).toEqual([1400, expect.stringContaining('is being terminated')])
    await api.drainJobs()
    const gone = await add(instance!, { port: 81 })
    expect([gone.ret_code, gone.message]).toEqual([1400, expect.stringContaining('is terminated')])
  })

  it('in a project, a member who may only describe load balancers is refused', async () => {
    await using api = await startTestServer()
    const { project_id, loadbalancer, reader } = await projectLoadbalancer(api)
    const listener = await httpListener(api.client, loadbalancer)
    const denied = await refusal(
      reader.addLoadBalancerBackends({
        loadbalancer_listener: listener,
        backends: [{ resource_id: '10.0.0.1', port: 80, weight: 1 }],
        project_id,
      }),
    )
    expect([denied.ret_code, denied.message]).toEqual([1400, expect.stringContaining('is not allowed')])
  })
})
