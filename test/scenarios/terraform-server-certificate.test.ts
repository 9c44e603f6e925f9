import { describe, expect, it } from 'vitest'
import { selfSigned } from '../harness/certificates.js'
import { refusal } from '../harness/refusal.js'
import { startTestServer } from '../harness/server.js'

/**
 * qingcloud_server_certificate as QingCloud's Terraform provider drives it: create, then update
 * (ModifyServerCertificateAttributes) and read (DescribeServerCertificates by id, name and
 * description only), destroy, and a refresh of the destroyed certificate that finds an empty set
 * (docs/compat.md#server-certificate-private-key).
 */
describe('QingCloud Terraform provider: qingcloud_server_certificate', () => {
  it('creates, updates, refreshes and destroys; a refresh after destroy finds nothing', async () => {
    await using api = await startTestServer()
    const pair = selfSigned({ type: 'rsa' })
    const { server_certificate_id: id } = await api.client.createServerCertificate({
      server_certificate_name: 'tf',
      certificate_content: pair.certificate,
      private_key: pair.privateKey,
    })
    await api.client.modifyServerCertificateAttributes({ server_certificate: id, server_certificate_name: 'tf', description: 'managed' })
    const refresh = async () => (await api.client.describeServerCertificates({ server_certificates: [id] })).server_certificate_set
    expect((await refresh()).map((c) => [c.server_certificate_name, c.description])).toEqual([['tf', 'managed']])
    await api.client.modifyServerCertificateAttributes({ server_certificate: id, description: '' })
    expect((await refresh())[0]!.description).toBe('')
    await api.client.deleteServerCertificates({ server_certificates: [id] })
    expect(await refresh()).toEqual([])
    expect((await refusal(api.client.modifyServerCertificateAttributes({ server_certificate: id, description: 'x' }))).ret_code).toBe(2100)
  })
})
