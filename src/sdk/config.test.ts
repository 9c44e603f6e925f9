import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { QingClient } from './client.js'
import { readConfigFile, resolveConfig } from './config.js'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingstack-sdk-config-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

function file(name: string, text: string): string {
  const full = path.join(dir, name)
  fs.writeFileSync(full, text)
  return full
}

describe('QingCloud config files', () => {
  it('reads the keys QingCloud clients write, numbers quoted or not', () => {
    const config = readConfigFile(
      file(
        'full.yaml',
        "qy_access_key_id: 'AK'\nqy_secret_access_key: 'SK'\nzone: 'pek3a'\nhost: '127.0.0.1'\nport: '7878'\nprotocol: 'http'\nuri: '/iaas'\nconnection_retries: 3\nconnection_timeout: 5\n",
      ),
    )
    expect(config).toEqual({
      qy_access_key_id: 'AK',
      qy_secret_access_key: 'SK',
      zone: 'pek3a',
      host: '127.0.0.1',
      port: 7878,
      protocol: 'http',
      uri: '/iaas',
      connection_retries: 3,
      connection_timeout: 5,
    })
    expect(resolveConfig(config, {})).toEqual({
      endpoint: 'http://127.0.0.1:7878/iaas',
      accessKeyId: 'AK',
      secretAccessKey: 'SK',
      zone: 'pek3a',
      retries: 3,
      timeoutMs: 5000,
    })
  })

  it('defaults to QingCloud itself, and QY_* keys win over the file', () => {
    const resolved = resolveConfig(
      { qy_access_key_id: 'FILE', qy_secret_access_key: 'FILESECRET' },
      {
        QY_ACCESS_KEY_ID: 'ENV',
        QY_SECRET_ACCESS_KEY: 'ENVSECRET',
      },
    )
    expect(resolved).toMatchObject({ endpoint: 'https://api.qingcloud.com/iaas/', accessKeyId: 'ENV', secretAccessKey: 'ENVSECRET' })
    expect(resolveConfig({ host: 'h', port: 8080, protocol: 'https' }, {}).endpoint).toBe('https://h:8080/iaas/')
  })

  it('names the file and the key when a value is wrong', () => {
    const bad = file('bad.yaml', 'port: eighty\n')
    expect(() => readConfigFile(bad)).toThrow(`${bad}: port must be a whole number, got "eighty"`)
    expect(() => readConfigFile(file('list.yaml', '- a\n'))).toThrow('must be a YAML mapping')
    expect(() => resolveConfig({ protocol: 'ftp' }, {})).toThrow('protocol must be http or https, got "ftp"')
  })

  it('fromConfig builds a client, explicit options winning, and says what is missing', () => {
    const clientFile = file(
      'client.yaml',
      'qy_access_key_id: AK\nqy_secret_access_key: SK\nzone: sh1a\nhost: 127.0.0.1\nport: 7878\nprotocol: http\n',
    )
    const client = QingClient.fromConfig({ file: clientFile, env: {}, zone: 'pek3a' })
    expect(client.options).toMatchObject({ endpoint: 'http://127.0.0.1:7878/iaas/', accessKeyId: 'AK', zone: 'pek3a', retries: 1 })
    const empty = file('empty.yaml', '')
    expect(() => QingClient.fromConfig({ file: empty, env: {} })).toThrow(
      `no access key: set QY_ACCESS_KEY_ID and QY_SECRET_ACCESS_KEY, or qy_access_key_id and qy_secret_access_key in ${empty}`,
    )
  })
})
