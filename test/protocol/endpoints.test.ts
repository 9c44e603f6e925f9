import { describe, expect, it } from 'vitest'
import { actions } from '../../src/protocol/actions/index.js'
import { authorize } from '../../src/server/pipeline/authorize.js'
import { sendHttp, sendRaw, signedQuery } from '../harness/raw.js'
import { startTestServer, type TestServer } from '../harness/server.js'

function sign(api: TestServer, params: Record<string, string>, path = '/iaas/') {
  return signedQuery(params, { keyId: api.root.access_key_id, secret: api.root.secret_access_key, now: api.clock.now(), path })
}

const REQUEST_ID = /^[0-9a-f]{12}$/

describe('two endpoints of one protocol: /iaas/ for QingCloud, /qingstack/ for qingstack', () => {
  it('signs /qingstack/ and /qingstack over the path as sent, and resolves QingCloud actions only on /iaas/', async () => {
    await using api = await startTestServer()
    for (const path of ['/qingstack/', '/qingstack']) {
      // 1101 comes after the signature is checked: the path the client signed is the path it sent.
      const answer = await sendRaw(api.url, { path, query: sign(api, { action: 'DescribeZones' }, path) })
      expect(answer.status).toBe(200)
      expect(answer.contentType).toBe('application/json')
      expect(answer.json).toEqual({ ret_code: 1101, message: 'InvalidAction, action [DescribeZones] is not supported' })
    }
    const wrongPath = await sendRaw(api.url, { path: '/qingstack/', query: sign(api, { action: 'DescribeZones' }, '/iaas/') })
    expect(wrongPath.json.ret_code).toBe(1200)
    const iaas = await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones' }) })
    expect(iaas.json.ret_code).toBe(0)
  })

  it('answers X-Request-Id on every answer of both endpoints, errors and unknown paths included', async () => {
    await using api = await startTestServer()
    const answers = [
      await sendRaw(api.url, { query: sign(api, { action: 'DescribeZones' }) }),
      await sendRaw(api.url, { query: sign(api, { action: 'LaunchRockets' }) }),
      await sendRaw(api.url, { path: '/qingstack/', query: sign(api, { action: 'LaunchRockets' }, '/qingstack/') }),
      await sendRaw(api.url, { path: '/qingstack', query: 'action=DescribeAuditEvents' }),
      await sendHttp(api.url, { path: '/nowhere' }),
    ]
    const ids = answers.map((answer) => answer.requestId)
    for (const id of ids) expect(id).toMatch(REQUEST_ID)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('refuses a root-only action to any other user with 1400 naming why, before anything else is read', async () => {
    const rootOnly = { ...actions.DescribeZones, callers: 'root' as const }
    const caller = { user_id: 'usr-alice', access_key_id: 'AKALICE', role: 'user' as const }
    await expect(authorize(rootOnly, {}, caller, undefined as never)).rejects.toMatchObject({
      ret_code: 1400,
      message: 'PermissionDenied, DescribeZones is for the root user alone, not user [usr-alice]',
    })
  })
})
