import { Writable } from 'node:stream'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { selfSigned } from '../../harness/certificates.js'
import { memberWithRules, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('CreateServerCertificate', () => {
  it('stores an EC or RSA certificate (a chain too) with its key, and answers its id', async () => {
    await using api = await startTestServer()
    const ec = selfSigned({ type: 'ec', cn: 'ec.example.com' })
    const rsa = selfSigned({ type: 'rsa', cn: 'rsa.example.com' })
    const first = await api.client.createServerCertificate({
      server_certificate_name: ' web ',
      certificate_content: ec.certificate,
      private_key: ec.privateKey,
    })
    expect(first.server_certificate_id).toMatch(/^sc-[a-z0-9]{8}$/)
    const chain = `${rsa.certificate}${selfSigned().certificate}`
    api.clock.advance(1000)
    const second = await api.client.createServerCertificate({ certificate_content: chain, private_key: rsa.privateKey })
    const { server_certificate_set } = await api.client.describeServerCertificates({ sort_key: 'create_time' })
    expect(server_certificate_set.map((c) => [c.server_certificate_id, c.server_certificate_name, c.certificate_content])).toEqual([
      [first.server_certificate_id, 'web', ec.certificate],
      [second.server_certificate_id, '', chain],
    ])
  })

  it('refuses (1100) what is not a PEM certificate or key, and a key of another certificate, naming the parameter', async () => {
    await using api = await startTestServer()
    const a = selfSigned()
    const b = selfSigned()
    const notCert = await refusal(api.client.createServerCertificate({ certificate_content: 'hello', private_key: a.privateKey }))
    expect([notCert.ret_code, notCert.message]).toEqual([
      1100,
      expect.stringContaining('parameter [certificate_content] is not a PEM certificate'),
    ])
    const broken = a.certificate.replace(/\n[A-Za-z0-9+/]{10}/, '\nAAAAAAAAAA')
    expect(
      (await refusal(api.client.createServerCertificate({ certificate_content: broken, private_key: a.privateKey }))).message,
    ).toContain('[certificate_content]')
    const notKey = await refusal(api.client.createServerCertificate({ certificate_content: a.certificate, private_key: a.certificate }))
    expect([notKey.ret_code, notKey.message]).toEqual([
      1100,
      'InvalidParameter, parameter [private_key] is not an unencrypted PEM private key',
    ])
    const mismatch = await refusal(api.client.createServerCertificate({ certificate_content: a.certificate, private_key: b.privateKey }))
    expect([mismatch.ret_code, mismatch.message]).toEqual([
      1100,
      'InvalidParameter, parameter [private_key] does not match the first certificate of [certificate_content]',
    ])
    const missing = await refusal(api.client.call('CreateServerCertificate', { certificate_content: a.certificate } as never))
    expect(missing.message).toBe('MissingParameter, parameter [private_key] is required')
    expect((await api.client.describeServerCertificates()).total_count).toBe(0)
  })

  it('never echoes or logs the private key, even when refusing it', async () => {
    const lines: string[] = []
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) })
    await using api = await startTestServer({ logger: pino({ level: 'trace' }, sink) })
    const a = selfSigned()
    const b = selfSigned()
    const body = (pem: string) => pem.split('\n').slice(1, -2).join('')
    const mismatch = await refusal(api.client.createServerCertificate({ certificate_content: a.certificate, private_key: b.privateKey }))
    const huge = await refusal(
      api.client.createServerCertificate({ certificate_content: a.certificate, private_key: b.privateKey.repeat(100) }),
    )
    expect(huge.message).toBe('InvalidParameter, parameter [private_key] must be at most 16384 characters')
    await api.client.createServerCertificate({ certificate_content: a.certificate, private_key: a.privateKey })
    const keyBodies = [body(a.privateKey).slice(0, 40), body(b.privateKey).slice(0, 40)]
    for (const text of [mismatch.message, huge.message, lines.join('')]) {
      for (const key of keyBodies) expect(text).not.toContain(key)
    }
  })

  it('answers 2500 past the quota, writing nothing', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'server_certificate=1' } })
    const a = selfSigned()
    await api.client.createServerCertificate({ certificate_content: a.certificate, private_key: a.privateKey })
    const quota = await refusal(api.client.createServerCertificate({ certificate_content: a.certificate, private_key: a.privateKey }))
    expect([quota.ret_code, quota.message]).toEqual([2500, 'QuotaExceeded, quota [server_certificate] is 1: 1 in use, 1 more requested'])
    expect((await api.client.describeServerCertificates()).total_count).toBe(1)
  })

  it("creates into the owner's project; a member may not create there", async () => {
    await using api = await startTestServer()
    const p = await newProject(api.client)
    const a = selfSigned()
    const { server_certificate_id } = await api.client.createServerCertificate({
      certificate_content: a.certificate,
      private_key: a.privateKey,
      project_id: p.project_id,
    })
    const member = await memberWithRules(api, api.client, p.project_id, [
      { policy: 'server_certificate.describe' },
      { policy: 'server_certificate.modify' },
    ])
    const listed = await member.client.describeServerCertificates({ project_id: p.project_id })
    expect(listed.server_certificate_set.map((c) => c.server_certificate_id)).toEqual([server_certificate_id])
    const denied = await refusal(
      member.client.createServerCertificate({ certificate_content: a.certificate, private_key: a.privateKey, project_id: p.project_id }),
    )
    expect(denied.ret_code).toBe(1400)
  })
})
