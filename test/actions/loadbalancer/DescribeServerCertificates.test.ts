import { describe, expect, it } from 'vitest'
import { selfSigned } from '../../harness/certificates.js'
import { memberWithRules, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer, type TestServer } from '../../harness/server.js'

async function certificate(api: TestServer, name: string, extra: { project_id?: string } = {}) {
  const pair = selfSigned()
  const { server_certificate_id } = await api.client.createServerCertificate({
    server_certificate_name: name,
    certificate_content: pair.certificate,
    private_key: pair.privateKey,
    ...extra,
  })
  return { id: server_certificate_id, ...pair }
}

describe('DescribeServerCertificates', () => {
  it('lists the caller’s certificates, filtered by id and search word, and never a private key, verbose or not', async () => {
    await using api = await startTestServer()
    const web = await certificate(api, 'web')
    api.clock.advance(1000)
    const mail = await certificate(api, 'mail')
    const all = await api.client.describeServerCertificates({ verbose: 1 })
    expect(all.total_count).toBe(2)
    expect(all.server_certificate_set.map((c) => c.server_certificate_id)).toEqual([mail.id, web.id])
    expect(all.server_certificate_set[1]).toEqual({
      server_certificate_id: web.id,
      server_certificate_name: 'web',
      description: null,
      certificate_content: web.certificate,
      owner: api.root.user_id,
      zone_id: expect.any(String),
      create_time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      resource_project_info: [],
    })
    expect(JSON.stringify(all)).not.toContain('PRIVATE KEY')
    expect(JSON.stringify(all)).not.toContain('private_key')
    const byId = await api.client.describeServerCertificates({ server_certificates: [web.id, 'sc-nothere0'] })
    expect(byId.server_certificate_set.map((c) => c.server_certificate_id)).toEqual([web.id])
    expect(
      (await api.client.describeServerCertificates({ search_word: 'MAIL' })).server_certificate_set.map((c) => c.server_certificate_id),
    ).toEqual([mail.id])
    const page = await api.client.describeServerCertificates({ limit: 1, offset: 1 })
    expect([page.total_count, page.server_certificate_set.map((c) => c.server_certificate_id)]).toEqual([2, [web.id]])
  })

  it('shows another user nothing and refuses its owner filter; a project member needs server_certificate.describe', async () => {
    await using api = await startTestServer()
    const p = await newProject(api.client)
    const shared = await certificate(api, 'shared', { project_id: p.project_id })
    await certificate(api, 'private')
    const other = await api.newUser()
    expect((await other.client.describeServerCertificates()).total_count).toBe(0)
    expect((await refusal(other.client.describeServerCertificates({ owner: api.root.user_id }))).ret_code).toBe(1400)
    const reader = await memberWithRules(api, api.client, p.project_id, [{ policy: 'server_certificate.describe' }])
    const listed = await reader.client.describeServerCertificates({ project_id: p.project_id })
    expect(listed.server_certificate_set.map((c) => c.server_certificate_id)).toEqual([shared.id])
    expect((listed.server_certificate_set[0] as { resource_project_info?: unknown }).resource_project_info).toEqual([p.project_id])
    const stranger = await memberWithRules(api, api.client, p.project_id, [{ policy: 'keypair.describe' }])
    expect((await refusal(stranger.client.describeServerCertificates({ project_id: p.project_id }))).ret_code).toBe(1400)
  })
})
