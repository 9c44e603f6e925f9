import { describe, expect, it } from 'vitest'
import { newCertificate } from '../../harness/certificates.js'
import { activeLoadbalancer, httpListener, loadbalancerRecord, projectLoadbalancer } from '../../harness/loadbalancers.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('AddLoadBalancerListeners', () => {
  it("adds listeners with QingCloud's defaults; the load balancer waits for UpdateLoadBalancers", async () => {
    await using api = await startTestServer()
    const { loadbalancer } = await activeLoadbalancer(api)
    const certificate = await newCertificate(api.client)
    const { loadbalancer_listeners } = await api.client.addLoadBalancerListeners({
      loadbalancer,
      listeners: [
        { listener_port: 80, listener_protocol: 'http', backend_protocol: 'http', loadbalancer_listener_name: 'web' },
        {
          listener_port: 443,
          listener_protocol: 'https',
          server_certificate_id: [certificate],
          session_sticky: 'insert|sk|3600',
          healthy_check_method: 'http|/index.html|example.com',
          healthy_check_option: '2|5|2|2',
          forwardfor: 5,
          listener_option: 2,
          timeout: 60,
          balance_mode: 'leastconn',
        },
      ],
    })
    expect(loadbalancer_listeners).toEqual([expect.stringMatching(/^lbl-/), expect.stringMatching(/^lbl-/)])
    const record = await loadbalancerRecord(api.client, loadbalancer)
    expect(record.is_applied).toBe(0)
    expect(record.listeners).toEqual([
      expect.objectContaining({
        loadbalancer_listener_id: loadbalancer_listeners[0],
        loadbalancer_listener_name: 'web',
        loadbalancer_id: loadbalancer,
        listener_port: 80,
        listener_protocol: 'http',
        backend_protocol: 'http',
        balance_mode: 'roundrobin',
        session_sticky: '',
        forwardfor: 0,
        healthy_check_method: 'tcp',
        healthy_check_option: '10|5|2|5',
        listener_option: 0,
        timeout: 50,
        server_certificate_id: [],
      }),
      expect.objectContaining({
        listener_port: 443,
        listener_protocol: 'https',
        backend_protocol: 'http',
        balance_mode: 'leastconn',
        session_sticky: 'insert|sk|3600',
        healthy_check_method: 'http|/index.html|example.com',
        healthy_check_option: '2|5|2|2',
        forwardfor: 5,
        listener_option: 2,
        timeout: 60,
        server_certificate_id: [certificate],
      }),
    ])
  })

  it('keeps each port to one listener of a load balancer, within a request and across requests', async () => {
    await using api = await startTestServer()
    const { loadbalancer } = await activeLoadbalancer(api)
    const { loadbalancer: other } = await activeLoadbalancer(api)
    await httpListener(api.client, loadbalancer, 80)
    await httpListener(api.client, other, 80)
    const again = await refusal(httpListener(api.client, loadbalancer, 80))
    expect([again.ret_code, again.message]).toEqual([1400, expect.stringContaining('port 80 already has a listener')])
    const twice = await refusal(
      api.client.addLoadBalancerListeners({
        loadbalancer,
        listeners: [
          { listener_port: 8080, listener_protocol: 'tcp' },
          { listener_port: 8080, listener_protocol: 'tcp' },
        ],
      }),
    )
    expect([twice.ret_code, twice.message]).toEqual([1400, expect.stringContaining('listeners.2.listener_port')])
    expect((await api.client.describeLoadBalancerListeners({ loadbalancer })).total_count).toBe(1)
  })

  it.each([
    ['https without certificate', { listener_port: 443, listener_protocol: 'https' }, 1100, 'listeners.1.server_certificate_id'],
    [
      'a malformed certificate id',
      { listener_port: 443, listener_protocol: 'https', server_certificate_id: ['cert-1'] },
      1100,
      'server_certificate_id',
    ],
    [
      'a certificate on tcp',
      { listener_port: 22, listener_protocol: 'tcp', server_certificate_id: ['sc-abcd1234'] },
      1100,
      'server_certificate_id',
    ],
    ['another backend protocol', { listener_port: 80, listener_protocol: 'http', backend_protocol: 'tcp' }, 1100, 'backend_protocol'],
    ['stickiness on tcp', { listener_port: 22, listener_protocol: 'tcp', session_sticky: 'insert|sk|10' }, 1100, 'session_sticky'],
    ['a bad stickiness', { listener_port: 80, listener_protocol: 'http', session_sticky: 'insert|sk|soon' }, 1100, 'session_sticky'],
    ['a bad health check', { listener_port: 80, listener_protocol: 'http', healthy_check_method: 'ping' }, 1100, 'healthy_check_method'],
    [
      'a bad health option',
      { listener_port: 80, listener_protocol: 'http', healthy_check_option: '1|5|2|2' },
      1100,
      'healthy_check_option',
    ],
    ['port 0', { listener_port: 0, listener_protocol: 'http' }, 1100, 'listener_port'],
    ['an unknown protocol', { listener_port: 80, listener_protocol: 'ftp' }, 1100, 'listener_protocol'],
  ])('refuses %s', async (_, listener, code, param) => {
    await using api = await startTestServer()
    const { loadbalancer } = await activeLoadbalancer(api)
    const error = await refusal(api.client.addLoadBalancerListeners({ loadbalancer, listeners: [listener as never] }))
    expect([error.ret_code, error.message]).toEqual([code, expect.stringContaining(param)])
  })

  it('refuses an unknown or deleted load balancer and another user’s', async () => {
    await using api = await startTestServer()
    const listeners = [{ listener_port: 80, listener_protocol: 'http' as const }]
    expect((await refusal(api.client.addLoadBalancerListeners({ loadbalancer: 'lb-nothere0', listeners }))).ret_code).toBe(2100)
    const { loadbalancer } = await activeLoadbalancer(api)
    const other = await api.newUser()
    expect((await refusal(other.client.addLoadBalancerListeners({ loadbalancer, listeners }))).ret_code).toBe(2100)
    await api.client.deleteLoadBalancers({ loadbalancers: [loadbalancer] })
    await api.drainJobs()
    expect((await refusal(api.client.addLoadBalancerListeners({ loadbalancer, listeners }))).ret_code).toBe(1400)
  })

  it('in a project, a member who may only describe load balancers is refused', async () => {
    await using api = await startTestServer()
    const { project_id, loadbalancer, reader } = await projectLoadbalancer(api)
    const denied = await refusal(
      reader.addLoadBalancerListeners({ loadbalancer, listeners: [{ listener_port: 80, listener_protocol: 'http' }], project_id }),
    )
    expect([denied.ret_code, denied.message]).toEqual([1400, expect.stringContaining('is not allowed')])
  })
})
