import { describe, expect, it } from 'vitest'
import { activeRouters, availableEips } from '../../harness/network.js'
import { memberWithRules, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('GetVPNCerts', () => {
  it("answers the router's client material and the three configuration samples, the same on every call", async () => {
    await using api = await startTestServer()
    const [router, other] = await activeRouters(api, 2)
    const certs = await api.client.getVPNCerts({ router: router!, platform: 'mac' })
    expect(certs).toMatchObject({ router_id: router, platform: 'mac' })
    expect(certs.ca_cert).toMatch(/^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+-----END CERTIFICATE-----\n$/)
    expect(certs.client_crt).toMatch(/^-----BEGIN CERTIFICATE-----\n/)
    expect(certs.client_key).toMatch(/^-----BEGIN PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+-----END PRIVATE KEY-----\n$/)
    expect(certs.static_key).toMatch(/^-----BEGIN OpenVPN Static key V1-----\n([0-9a-f]{32}\n){16}-----END OpenVPN Static key V1-----\n$/)
    for (const sample of [certs.linux_conf_sample, certs.windows_conf_sample, certs.mac_conf_sample]) expect(sample).toMatch(/^client\r?\n/)
    expect(certs.windows_conf_sample).toContain('\r\n')
    const again = await api.client.getVPNCerts({ router: router! })
    expect({ ...again, platform: 'mac' }).toEqual(certs)
    expect(again.platform).toBe('linux')
    expect((await api.client.getVPNCerts({ router: other! })).client_key).not.toBe(certs.client_key)
  })

  it("dials the router's EIP once it has one, else its private address", async () => {
    await using api = await startTestServer()
    const [router] = await activeRouters(api)
    const { private_ip } = (await api.client.describeRouters({ routers: [router!] })).router_set[0]!
    expect((await api.client.getVPNCerts({ router: router! })).linux_conf_sample).toContain(`remote ${private_ip} 1194`)
    const [eip] = await availableEips(api)
    await api.client.modifyRouterAttributes({ router: router!, eip: eip! })
    const { eip_addr } = (await api.client.describeEips({ eips: [eip!] })).eip_set[0]!
    expect((await api.client.getVPNCerts({ router: router! })).linux_conf_sample).toContain(`remote ${eip_addr} 1194`)
  })

  it('refuses unknown and another user’s routers (2100), deleted ones (1400), an unknown platform (1100)', async () => {
    await using api = await startTestServer()
    const [router] = await activeRouters(api)
    expect((await refusal(api.client.getVPNCerts({ router: 'rtr-nothere0' }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.getVPNCerts({ router: router! }))).ret_code).toBe(2100)
    const bad = await refusal(api.client.getVPNCerts({ router: router!, platform: 'bsd' as never }))
    expect([bad.ret_code, bad.message]).toEqual([1100, expect.stringContaining('[platform]')])
    const missing = await refusal(api.client.call('GetVPNCerts', {} as never))
    expect(missing.message).toBe('MissingParameter, parameter [router] is required')
    await api.client.deleteRouters({ routers: [router!] })
    await api.drainJobs()
    expect((await refusal(api.client.getVPNCerts({ router: router! }))).ret_code).toBe(1400)
  })

  it('in a project, needs router.modify: describe alone does not hand out keys', async () => {
    await using api = await startTestServer()
    const p = await newProject(api.client)
    const {
      routers: [router],
    } = await api.client.createRouters({ router_name: 'shared', project_id: p.project_id })
    await api.drainJobs()
    const reader = await memberWithRules(api, api.client, p.project_id, [{ policy: 'router.describe' }])
    expect((await refusal(reader.client.getVPNCerts({ router: router!, project_id: p.project_id }))).ret_code).toBe(1400)
    const admin = await memberWithRules(api, api.client, p.project_id, [{ policy: 'router.modify' }])
    expect((await admin.client.getVPNCerts({ router: router!, project_id: p.project_id })).router_id).toBe(router)
  })
})
