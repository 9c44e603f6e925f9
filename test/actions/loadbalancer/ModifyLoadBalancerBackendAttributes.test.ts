import { describe, expect, it } from 'vitest'
import { listenerWithBackends, loadbalancerRecord, projectLoadbalancer } from '../../harness/loadbalancers.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifyLoadBalancerBackendAttributes', () => {
  it("changes a backend's name, port, weight, policy and disabled flag (is_applied 0)", async () => {
    await using api = await startTestServer()
    const {
      loadbalancer,
      backends: [backend],
    } = await listenerWithBackends(api, { applied: true })
    const { loadbalancer_policy_id: policy } = await api.client.createLoadBalancerPolicy({})
    await api.client.modifyLoadBalancerBackendAttributes({
      loadbalancer_backend: backend!,
      loadbalancer_backend_name: 'b1',
      port: 8080,
      weight: 10,
      disabled: 1,
      loadbalancer_policy_id: policy,
    })
    expect((await loadbalancerRecord(api.client, loadbalancer)).is_applied).toBe(0)
    const [record] = (await api.client.describeLoadBalancerBackends({ loadbalancer_backends: [backend!] })).loadbalancer_backend_set
    expect(record).toMatchObject({
      loadbalancer_backend_name: 'b1',
      port: 8080,
      weight: 10,
      disabled: 1,
      loadbalancer_policy_id: policy,
      status: 'down',
    })
    await api.client.call('ModifyLoadBalancerBackendAttributes', {
      loadbalancer_backend: backend!,
      loadbalancer_policy_id: '',
      disabled: '0',
    } as never)
    const [after] = (await api.client.describeLoadBalancerBackends({ loadbalancer_backends: [backend!] })).loadbalancer_backend_set
    expect(after).toMatchObject({ loadbalancer_policy_id: '', disabled: 0, status: 'up' })
  })

  it('checks the values and the id', async () => {
    await using api = await startTestServer()
    const {
      backends: [backend],
    } = await listenerWithBackends(api)
    expect((await refusal(api.client.modifyLoadBalancerBackendAttributes({ loadbalancer_backend: backend!, weight: 101 }))).ret_code).toBe(
      1100,
    )
    expect((await refusal(api.client.modifyLoadBalancerBackendAttributes({ loadbalancer_backend: backend!, disabled: 2 }))).ret_code).toBe(
      1100,
    )
    const policy = await refusal(
      api.client.modifyLoadBalancerBackendAttributes({ loadbalancer_backend: backend!, loadbalancer_policy_id: 'x-1' }),
    )
    expect([policy.ret_code, policy.message]).toEqual([1100, expect.stringContaining('[loadbalancer_policy_id]')])
    expect(
      (await refusal(api.client.modifyLoadBalancerBackendAttributes({ loadbalancer_backend: 'lbb-nothere0', weight: 2 }))).ret_code,
    ).toBe(2100)
  })

  it('in a project, a member who may only describe load balancers is refused', async () => {
    await using api = await startTestServer()
    const { project_id, loadbalancer, reader } = await projectLoadbalancer(api)
    const {
      backends: [backend],
    } = await listenerWithBackends(api, { loadbalancer })
    const denied = await refusal(reader.modifyLoadBalancerBackendAttributes({ loadbalancer_backend: backend!, weight: 3, project_id }))
    expect([denied.ret_code, denied.message]).toEqual([1400, expect.stringContaining('is not allowed')])
  })
})
