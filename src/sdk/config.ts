import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { dropUndefined } from './options.js'
import { parse } from 'yaml'
import { QingConfigError } from './errors.js'

/**
 * QingCloud's client config file, as its SDKs and CLI read it (`~/.qingcloud/config.yaml`; the Go SDK's
 * `config.Config` YAML keys). `qingstack start` writes one into its data directory.
 *
 * @example
 *   qy_access_key_id: 'QYACCESSKEYIDEXAMPLE'
 *   qy_secret_access_key: 'SECRETACCESSKEY'
 *   zone: 'pek3a'
 *   host: '127.0.0.1'
 *   port: 7878
 *   protocol: 'http'
 */
export interface QingConfigFile {
  qy_access_key_id?: string
  qy_secret_access_key?: string
  zone?: string
  host?: string
  port?: number
  protocol?: string
  /** The API path; QingCloud's Go SDK says `/iaas`, the Python SDK `/iaas/`; both are served. */
  uri?: string
  /** Further attempts after a transient failure (the Go SDK's key). */
  connection_retries?: number
  /** Seconds before a request without an answer is abandoned. */
  connection_timeout?: number
}

/** Where QingCloud's SDKs and CLI look for their config file. */
export function defaultConfigPath(): string {
  return path.join(os.homedir(), '.qingcloud', 'config.yaml')
}

/** Reads and checks a config file; `~/` is the home directory, as in the Go SDK. */
export function readConfigFile(file: string): QingConfigFile {
  const resolved = file.startsWith('~/') ? path.join(os.homedir(), file.slice(2)) : file
  if (!fs.existsSync(resolved)) throw new QingConfigError(`config file ${resolved} does not exist`)
  const text = fs.readFileSync(resolved, 'utf8')
  let parsed: unknown
  try {
    parsed = parse(text)
  } catch (error) {
    throw new QingConfigError(`${resolved} is not valid YAML: ${(error as Error).message}`)
  }
  if (parsed === null || parsed === undefined) return {}
  if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new QingConfigError(`${resolved} must be a YAML mapping`)
  const config = parsed as Record<string, unknown>
  const scalar = (key: keyof QingConfigFile) => {
    const value = config[key]
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'string' && typeof value !== 'number') throw new QingConfigError(`${resolved}: ${key} must be a string`)
    return String(value)
  }
  const number = (key: keyof QingConfigFile) => {
    const value = scalar(key)
    if (value === undefined) return undefined
    if (!/^\d+$/.test(value)) throw new QingConfigError(`${resolved}: ${key} must be a whole number, got "${value}"`)
    return Number(value)
  }
  return dropUndefined({
    qy_access_key_id: scalar('qy_access_key_id'),
    qy_secret_access_key: scalar('qy_secret_access_key'),
    zone: scalar('zone'),
    host: scalar('host'),
    port: number('port'),
    protocol: scalar('protocol'),
    uri: scalar('uri'),
    connection_retries: number('connection_retries'),
    connection_timeout: number('connection_timeout'),
  })
}

/** What a config file and the environment settle: the settings of a QingClient. */
export interface ResolvedConfig {
  endpoint: string
  accessKeyId: string | undefined
  secretAccessKey: string | undefined
  zone: string | undefined
  retries: number | undefined
  timeoutMs: number | undefined
}

/**
 * Settles a config file with the environment: `QY_ACCESS_KEY_ID` and `QY_SECRET_ACCESS_KEY` win over
 * the file's keys; host, port, protocol and uri default to QingCloud's public endpoint.
 *
 * @example
 *   resolveConfig({ host: '127.0.0.1', port: 7878, protocol: 'http' }).endpoint // 'http://127.0.0.1:7878/iaas/'
 */
export function resolveConfig(file: QingConfigFile, env: Record<string, string | undefined> = process.env): ResolvedConfig {
  const protocol = file.protocol ?? 'https'
  if (protocol !== 'http' && protocol !== 'https') throw new QingConfigError(`protocol must be http or https, got "${protocol}"`)
  const host = file.host ?? 'api.qingcloud.com'
  const port = file.port ?? (protocol === 'https' ? 443 : 80)
  const defaultPort = (protocol === 'https' && port === 443) || (protocol === 'http' && port === 80)
  let uri = file.uri ?? '/iaas/'
  if (!uri.startsWith('/')) uri = `/${uri}`
  return {
    endpoint: `${protocol}://${host.includes(':') ? `[${host}]` : host}${defaultPort ? '' : `:${port}`}${uri}`,
    accessKeyId: env.QY_ACCESS_KEY_ID || file.qy_access_key_id,
    secretAccessKey: env.QY_SECRET_ACCESS_KEY || file.qy_secret_access_key,
    zone: file.zone,
    retries: file.connection_retries,
    timeoutMs: file.connection_timeout === undefined ? undefined : file.connection_timeout * 1000,
  }
}

export { dropUndefined }
