import { describe, expect, it } from 'vitest'
import { selfSigned } from '../../harness/certificates.js'
import { memberWithRules, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer, type TestServer } from '../../harness/server.js'

async function certificate(api: TestServer, extra: { project_id?: string } = {}) {
  const pair = selfSigned()
  return (await api.client.createServerCertificate({ certificate_content: pair.certificate, private_key: pair.privateKey, ...extra }))
    .server_certificate_id
}

describe('DeleteServerCertificates', () => {
  it('deletes certificates at once and answers their ids; a second delete answers 2100; the quota is freed', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'server_certificate=2' } })
    const a = await certificate(api)
    const b = await certificate(api)
    expect(await api.client.deleteServerCertificates({ server_certificates: [a, b] })).toMatchObject({ server_certificates: [a, b] })
    expect((await api.client.describeServerCertificates()).total_count).toBe(0)
    expect((await refusal(api.client.deleteServerCertificates({ server_certificates: [a] }))).ret_code).toBe(2100)
    await certificate(api)
    await certificate(api)
  })

  it('is all or nothing: an unknown id deletes nothing', async () => {
    await using api = await startTestServer()
    const a = await certificate(api)
    const error = await refusal(api.client.deleteServerCertificates({ server_certificates: [a, 'sc-nothere0'] }))
    expect([error.ret_code, error.message]).toEqual([2100, 'ResourceNotFound, server certificate [sc-nothere0] does not exist'])
    expect((await api.client.describeServerCertificates()).total_count).toBe(1)
  })

  it('in a project, needs server_certificate.delete', async () => {
    await using api = await startTestServer()
    const p = await newProject(api.client)
    const shared = await certificate(api, { project_id: p.project_id })
    const editor = await memberWithRules(api, api.client, p.project_id, [{ policy: 'server_certificate.modify' }])
    expect((await refusal(editor.client.deleteServerCertificates({ server_certificates: [shared] }))).ret_code).toBe(1400)
    const remover = await memberWithRules(api, api.client, p.project_id, [{ policy: 'server_certificate.delete' }])
    await remover.client.deleteServerCertificates({ server_certificates: [shared] })
    expect((await api.client.describeServerCertificates()).total_count).toBe(0)
  })
})
