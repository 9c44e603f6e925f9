import { describe, expect, it } from 'vitest'
import { selfSigned } from '../../harness/certificates.js'
import { memberWithRules, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifyServerCertificateAttributes', () => {
  it('renames and describes a certificate; absent fields stay, empty ones clear; content stays', async () => {
    await using api = await startTestServer()
    const pair = selfSigned()
    const { server_certificate_id } = await api.client.createServerCertificate({
      server_certificate_name: 'old',
      certificate_content: pair.certificate,
      private_key: pair.privateKey,
    })
    await api.client.modifyServerCertificateAttributes({
      server_certificate: server_certificate_id,
      server_certificate_name: 'new',
      description: 'd',
    })
    const read = async () =>
      (await api.client.describeServerCertificates({ server_certificates: [server_certificate_id] })).server_certificate_set[0]!
    expect(await read()).toMatchObject({ server_certificate_name: 'new', description: 'd', certificate_content: pair.certificate })
    await api.client.modifyServerCertificateAttributes({ server_certificate: server_certificate_id, description: '' })
    expect(await read()).toMatchObject({ server_certificate_name: 'new', description: '' })
  })

  it('answers 2100 for unknown and another user’s certificates; a project member needs server_certificate.modify', async () => {
    await using api = await startTestServer()
    const p = await newProject(api.client)
    const pair = selfSigned()
    const { server_certificate_id } = await api.client.createServerCertificate({
      certificate_content: pair.certificate,
      private_key: pair.privateKey,
      project_id: p.project_id,
    })
    expect(
      (await refusal(api.client.modifyServerCertificateAttributes({ server_certificate: 'sc-nothere0', description: 'x' }))).ret_code,
    ).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.modifyServerCertificateAttributes({ server_certificate: server_certificate_id }))).ret_code).toBe(
      2100,
    )
    const reader = await memberWithRules(api, api.client, p.project_id, [{ policy: 'server_certificate.describe' }])
    const denied = await refusal(
      reader.client.modifyServerCertificateAttributes({ server_certificate: server_certificate_id, description: 'x' }),
    )
    expect([denied.ret_code, denied.message]).toEqual([1400, expect.stringContaining('server_certificate.modify')])
    const editor = await memberWithRules(api, api.client, p.project_id, [{ policy: 'server_certificate.modify' }])
    await editor.client.modifyServerCertificateAttributes({ server_certificate: server_certificate_id, description: 'by a member' })
    const [record] = (await api.client.describeServerCertificates()).server_certificate_set
    expect(record!.description).toBe('by a member')
  })
})
