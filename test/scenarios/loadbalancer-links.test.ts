import { describe, expect, it } from 'vitest'
import { newCertificate } from '../harness/certificates.js'
import { activeLoadbalancer, httpListener, loadbalancerRecord } from '../harness/loadbalancers.js'
import { memberWithRules, newProject } from '../harness/projects.js'
import { refusal } from '../harness/refusal.js'
import { startTestServer } from '../harness/server.js'

const https = (port: number, server_certificate_id: string[]) => ({
  listener_port: port,
  listener_protocol: 'https' as const,
  backend_protocol: 'http' as const,
  server_certificate_id,
})

describe('load balancers and their certificates and policies (docs/compat.md#server-certificates-in-use)', () => {
  it('an HTTPS listener names certificates that exist and are the caller’s; one in use can not be deleted until no listener uses it', async () => {
    await using api = await startTestServer()
    const { loadbalancer } = await activeLoadbalancer(api)
    const mine = await newCertificate(api.client)
    const spare = await newCertificate(api.client)
    const other = await api.newUser()
    const theirs = await newCertificate(other.client)
    const unknown = await refusal(api.client.addLoadBalancerListeners({ loadbalancer, listeners: [https(443, ['sc-nothere0'])] }))
    expect([unknown.ret_code, unknown.message]).toEqual([2100, 'ResourceNotFound, server certificate [sc-nothere0] does not exist'])
    expect((await refusal(api.client.addLoadBalancerListeners({ loadbalancer, listeners: [https(443, [theirs])] }))).ret_code).toBe(2100)
    const together = await refusal(api.client.addLoadBalancerListeners({ loadbalancer, listeners: [https(443, [`${mine},${theirs}`])] }))
    expect([together.ret_code, together.message]).toEqual([2100, `ResourceNotFound, server certificate [${theirs}] does not exist`])
    const [listener] = (await api.client.addLoadBalancerListeners({ loadbalancer, listeners: [https(443, [mine])] })).loadbalancer_listeners
    const inUse = await refusal(api.client.deleteServerCertificates({ server_certificates: [spare, mine] }))
    expect([inUse.ret_code, inUse.message]).toEqual([
      1400,
      `PermissionDenied, server certificate [${mine}] is used by listener [${listener}] of load balancer [${loadbalancer}], can not be deleted`,
    ])
    expect((await api.client.describeServerCertificates()).total_count).toBe(2)
    expect(
      (
        await refusal(
          api.client.modifyLoadBalancerListenerAttributes({ loadbalancer_listener: listener!, server_certificate_id: [theirs] }),
        )
      ).ret_code,
    ).toBe(2100)
    await api.client.modifyLoadBalancerListenerAttributes({ loadbalancer_listener: listener!, server_certificate_id: [spare] })
    await api.client.deleteServerCertificates({ server_certificates: [mine] })
    expect((await refusal(api.client.deleteServerCertificates({ server_certificates: [spare] }))).ret_code).toBe(1400)
    await api.client.deleteLoadBalancerListeners({ loadbalancer_listeners: [listener!] })
    await api.client.deleteServerCertificates({ server_certificates: [spare] })
  })

  it('a backend names a policy of the caller’s; the policy lists its load balancers, can not be deleted, and applying it updates them', async () => {
    await using api = await startTestServer()
    const { loadbalancer } = await activeLoadbalancer(api)
    const listener = await httpListener(api.client, loadbalancer)
    const { loadbalancer_policy_id: policy } = await api.client.createLoadBalancerPolicy({ loadbalancer_policy_name: 'static' })
    await api.client.addLoadBalancerPolicyRules({ loadbalancer_policy: policy, rules: [{ rule_type: 'url', val: '^/static' }] })
    const other = await api.newUser()
    const { loadbalancer_policy_id: theirs } = await other.client.createLoadBalancerPolicy({})
    const backend = (policyId: string) => ({ resource_id: '192.168.0.10', port: 8080, weight: 5, loadbalancer_policy_id: policyId })
    const unknown = await refusal(
      api.client.addLoadBalancerBackends({ loadbalancer_listener: listener, backends: [backend('lbp-nothere0')] }),
    )
    expect([unknown.ret_code, unknown.message]).toEqual([2100, 'ResourceNotFound, load balancer policy [lbp-nothere0] does not exist'])
    expect(
      (await refusal(api.client.addLoadBalancerBackends({ loadbalancer_listener: listener, backends: [backend(theirs)] }))).ret_code,
    ).toBe(2100)
    const [added] = (await api.client.addLoadBalancerBackends({ loadbalancer_listener: listener, backends: [backend(policy)] }))
      .loadbalancer_backends
    expect(
      (await refusal(api.client.modifyLoadBalancerBackendAttributes({ loadbalancer_backend: added!, loadbalancer_policy_id: theirs })))
        .ret_code,
    ).toBe(2100)
    const [record] = (await api.client.describeLoadBalancerPolicies({ loadbalancer_policies: [policy], verbose: 1 }))
      .loadbalancer_policy_set
    expect(record).toMatchObject({ loadbalancer_ids: [loadbalancer], is_applied: 0 })
    const used = await refusal(api.client.deleteLoadBalancerPolicies({ loadbalancer_policies: [policy] }))
    expect([used.ret_code, used.message]).toEqual([
      1400,
      `PermissionDenied, load balancer policy [${policy}] is used by backends of load balancer [${loadbalancer}], can not be deleted`,
    ])
    expect((await loadbalancerRecord(api.client, loadbalancer)).is_applied).toBe(0)
    const { job_id } = await api.client.applyLoadBalancerPolicy({ loadbalancer_policy: policy })
    await api.drainJobs()
    expect((await loadbalancerRecord(api.client, loadbalancer)).is_applied).toBe(1)
    const [job] = (await api.client.describeJobs({ jobs: [job_id] })).job_set
    expect(job!.resource_ids).toBe(`${policy} ${loadbalancer}`)
    await api.client.modifyLoadBalancerBackendAttributes({ loadbalancer_backend: added!, loadbalancer_policy_id: '' })
    await api.client.deleteLoadBalancerPolicies({ loadbalancer_policies: [policy] })
  })

  it("in a project, a member binds only the owner's certificates and policies to the owner's load balancer", async () => {
    await using api = await startTestServer()
    const p = await newProject(api.client)
    const { eips } = await api.client.allocateEips({ bandwidth: 4, project_id: p.project_id })
    const { loadbalancer_id: loadbalancer } = await api.client.createLoadBalancer({ eips, project_id: p.project_id })
    await api.drainJobs()
    const shared = await newCertificate(api.client, { project_id: p.project_id })
    const member = await memberWithRules(api, api.client, p.project_id, [
      { policy: 'loadbalancer.modify' },
      { policy: 'server_certificate.modify' },
      { policy: 'loadbalancer_policy.modify' },
    ])
    const own = await newCertificate(member.client)
    const mixed = await refusal(member.client.addLoadBalancerListeners({ loadbalancer, listeners: [https(443, [own])] }))
    expect([mixed.ret_code, mixed.message]).toEqual([1400, expect.stringContaining('binds resources of one owner only')])
    const [listener] = (await member.client.addLoadBalancerListeners({ loadbalancer, listeners: [https(443, [shared])] }))
      .loadbalancer_listeners
    expect(listener).toMatch(/^lbl-/)
    const { loadbalancer_policy_id: ownPolicy } = await member.client.createLoadBalancerPolicy({})
    const httpOne = await httpListener(api.client, loadbalancer, 80)
    const refused = await refusal(
      member.client.addLoadBalancerBackends({
        loadbalancer_listener: httpOne,
        backends: [{ resource_id: '192.168.0.10', port: 80, weight: 1, loadbalancer_policy_id: ownPolicy }],
      }),
    )
    expect([refused.ret_code, refused.message]).toEqual([1400, expect.stringContaining('binds resources of one owner only')])
  })
})
