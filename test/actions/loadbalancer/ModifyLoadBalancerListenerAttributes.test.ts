import { describe, expect, it } from 'vitest'
import { newCertificate } from '../../harness/certificates.js'
import { activeLoadbalancer, httpListener, loadbalancerRecord, projectLoadbalancer } from '../../harness/loadbalancers.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifyLoadBalancerListenerAttributes', () => {
  it('changes settings and stages them (is_applied 0); certificates may come as `a,b`', async () => {
    await using api = await startTestServer()
    const { loadbalancer } = await activeLoadbalancer(api)
    const web = await httpListener(api.client, loadbalancer)
    await api.client.modifyLoadBalancerListenerAttributes({
      loadbalancer_listener: web,
      loadbalancer_listener_name: 'web',
      balance_mode: 'source',
      session_sticky: 'prefix|sk',
      forwardfor: 1,
      healthy_check_method: 'http|/healthz',
      healthy_check_option: '5|10|3|3',
      listener_option: 4,
      timeout: 120,
    })
    const record = await loadbalancerRecord(api.client, loadbalancer)
    expect(record.is_applied).toBe(0)
    expect(record.listeners![0]).toMatchObject({
      loadbalancer_listener_name: 'web',
      balance_mode: 'source',
      session_sticky: 'prefix|sk',
      forwardfor: 1,
      healthy_check_method: 'http|/healthz',
      healthy_check_option: '5|10|3|3',
      listener_option: 4,
      timeout: 120,
    })
    const [one, two, three] = [await newCertificate(api.client), await newCertificate(api.client), await newCertificate(api.client)]
    const {
      loadbalancer_listeners: [tls],
    } = await api.client.addLoadBalancerListeners({
      loadbalancer,
      listeners: [{ listener_port: 443, listener_protocol: 'https', server_certificate_id: [one] }],
    })
    await api.client.call('ModifyLoadBalancerListenerAttributes', {
      loadbalancer_listener: tls!,
      server_certificate_id: `${two},${three}`,
    } as never)
    const [listener] = (await api.client.describeLoadBalancerListeners({ loadbalancer_listeners: [tls!] })).loadbalancer_listener_set
    expect(listener!.server_certificate_id).toEqual([two, three])
    await api.client.modifyLoadBalancerListenerAttributes({ loadbalancer_listener: web, session_sticky: '' })
    expect((await loadbalancerRecord(api.client, loadbalancer)).listeners![0]!.session_sticky).toBe('')
  })

  it('checks the changed listener whole', async () => {
    await using api = await startTestServer()
    const { loadbalancer } = await activeLoadbalancer(api)
    const web = await httpListener(api.client, loadbalancer)
    const certOnHttp = await refusal(
      api.client.modifyLoadBalancerListenerAttributes({ loadbalancer_listener: web, server_certificate_id: ['sc-one00001'] }),
    )
    expect([certOnHttp.ret_code, certOnHttp.message]).toEqual([1100, expect.stringContaining('[server_certificate_id]')])
    const badOption = await refusal(
      api.client.modifyLoadBalancerListenerAttributes({ loadbalancer_listener: web, healthy_check_option: '10|5|2' }),
    )
    expect([badOption.ret_code, badOption.message]).toEqual([1100, expect.stringContaining('[healthy_check_option]')])
    expect(
      (await refusal(api.client.modifyLoadBalancerListenerAttributes({ loadbalancer_listener: web, balance_mode: 'random' as never })))
        .ret_code,
    ).toBe(1100)
    expect(
      (await refusal(api.client.modifyLoadBalancerListenerAttributes({ loadbalancer_listener: 'lbl-nothere0', timeout: 60 }))).ret_code,
    ).toBe(2100)
    const {
      loadbalancer_listeners: [tls],
    } = await api.client.addLoadBalancerListeners({
      loadbalancer,
      listeners: [{ listener_port: 443, listener_protocol: 'https', server_certificate_id: [await newCertificate(api.client)] }],
    })
    const cleared = await refusal(
      api.client.call('ModifyLoadBalancerListenerAttributes', { loadbalancer_listener: tls!, server_certificate_id: '' } as never),
    )
    expect([cleared.ret_code, cleared.message]).toEqual([1100, expect.stringContaining('[server_certificate_id]')])
  })

  it('in a project, a member who may only describe load balancers is refused', async () => {
    await using api = await startTestServer()
    const { project_id, loadbalancer, reader } = await projectLoadbalancer(api)
    const web = await httpListener(api.client, loadbalancer)
    const denied = await refusal(reader.modifyLoadBalancerListenerAttributes({ loadbalancer_listener: web, timeout: 60, project_id }))
    expect([denied.ret_code, denied.message]).toEqual([1400, expect.stringContaining('is not allowed')])
  })
})
