import { Writable } from 'node:stream'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { sendRaw, signedQuery } from '../harness/raw.js'
import { startTestServer, type TestServer } from '../harness/server.js'

/**
 * Odd input is a clear 1100: keys that name Object.prototype members read nothing inherited, and
 * JSON nested deeper than its parameter's shape is refused before anything walks it.
 */

/** A server whose log lines are kept, at debug level, to show what is (not) logged. */
async function serverWithLog(): Promise<{ api: TestServer; lines: Array<Record<string, unknown>> }> {
  const lines: Array<Record<string, unknown>> = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line) lines.push(JSON.parse(line) as Record<string, unknown>)
      done()
    },
  })
  const api = await startTestServer({ logger: pino({ level: 'debug' }, stream) })
  return { api, lines }
}

function post(api: TestServer, params: Record<string, string>) {
  const body = signedQuery(params, {
    keyId: api.root.access_key_id,
    secret: api.root.secret_access_key,
    now: api.clock.now(),
    verb: 'POST',
  })
  return sendRaw(api.url, { verb: 'POST', body, contentType: 'application/x-www-form-urlencoded' })
}

const deep = (depth: number, inner = '"x"') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`

describe('object keys named like Object.prototype members', () => {
  it('read nothing inherited: 1100 for rules.1.constructor, project_members [{"constructor"}], a __proto__ item', async () => {
    const { api, lines } = await serverWithLog()
    await using _ = api
    const { security_group_id } = await api.client.createSecurityGroup({ security_group_name: 'g' })
    const base = { action: 'AddSecurityGroupRules', zone: 'pek3a', security_group: security_group_id }
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      const answer = await post(api, { ...base, [`rules.1.${key}`]: '1' })
      expect(answer.json.ret_code, `${key}: ${String(answer.json.message)}`).toBe(1100)
      expect(answer.json.message).toMatch(/\[rules\.1\./)
    }
    // A __proto__ key in JSON must not lend its fields to the item.
    const smuggled = await post(api, {
      ...base,
      rules: JSON.stringify([JSON.parse('{"__proto__":{"protocol":"tcp","priority":"1","action":"accept"}}')]),
    })
    const viaText = await post(api, { ...base, rules: '[{"__proto__":{"protocol":"tcp","priority":"1","action":"accept"}}]' })
    for (const answer of [smuggled, viaText]) {
      expect(answer.json.ret_code, String(answer.json.message)).toBe(1100)
    }
    expect((await api.client.describeSecurityGroupRules({ security_group: security_group_id })).total_count).toBe(0)

    const { project_id } = await api.client.createProject({ project_name: 'p' })
    for (const key of ['constructor', '__proto__', 'toString']) {
      const answer = await post(api, { action: 'AddProjectMember', project_id, project_members: `[{"${key}":"x"}]` })
      expect(answer.json.ret_code, `${key}: ${String(answer.json.message)}`).toBe(1100)
    }
    // An unknown key beside complete fields is ignored like any undeclared parameter.
    const extra = await post(api, {
      ...base,
      'rules.1.protocol': 'tcp',
      'rules.1.priority': '1',
      'rules.1.action': 'accept',
      'rules.1.toString': '1',
    })
    expect(extra.json.ret_code, String(extra.json.message)).toBe(0)
    expect(lines.filter((line) => (line.level as number) >= 50)).toEqual([])
    // Nothing the server logs, even at debug level, holds a secret.
    expect(JSON.stringify(lines)).not.toContain(api.root.secret_access_key)
  })
})

describe('JSON nested deeper than its parameter', () => {
  it('answers 1100 naming the parameter for a list, objects and a field, 5 000 and 100 000 deep, and logs no error', async () => {
    const { api, lines } = await serverWithLog()
    await using _ = api
    const { project_id } = await api.client.createProject({ project_name: 'p' })
    for (const depth of [3, 5000, 100_000]) {
      const answers = [
        await post(api, { action: 'DescribeInstances', zone: 'pek3a', instances: deep(depth) }),
        await post(api, { action: 'AddSecurityGroupRules', zone: 'pek3a', security_group: 'sg-nosuch00', rules: deep(depth, '{}') }),
        await post(api, { action: 'AddProjectMember', project_id, project_members: `[{"project_member_info":${deep(depth)}}]` }),
      ]
      for (const [i, answer] of answers.entries()) {
        expect(answer.json.ret_code, `${depth} #${i}: ${String(answer.json.message)}`).toBe(1100)
        expect(answer.json.message).toMatch(/\[(instances|rules|project_members)[\].]/)
      }
    }
    expect(lines.filter((line) => (line.level as number) >= 50)).toEqual([])
  })

  it('refuses a deep principle with 1100 and stores nothing', async () => {
    const { api, lines } = await serverWithLog()
    await using _ = api
    const { project_id } = await api.client.createProject({ project_name: 'p' })
    const [role] = (await api.client.createGroupRoles({ project_id, role_type: 'rule' })).group_role_ids
    const rules = async () => (await api.client.describeGroupRoleRules({ project_id, group_roles: [role!] })).total_count
    const before = await rules()
    const principle = `[{"resource_type":"instance","actions":["DescribeInstances"],"x":${deep(30_000)}}]`
    const answer = await post(api, {
      action: 'AddGroupRoleRules',
      zone: 'pek3a',
      project_id,
      group_role: role!,
      policy: 'action',
      principle,
    })
    expect(answer.json.ret_code, String(answer.json.message)).toBe(1100)
    expect(answer.json.message).toContain('[principle]')
    expect(await rules()).toBe(before)
    expect(lines.filter((line) => (line.level as number) >= 50)).toEqual([])
  })
})
