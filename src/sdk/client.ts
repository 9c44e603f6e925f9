import fs from 'node:fs'
import { QingClient as BrowserClient, type QingClientOptions } from './base-client.js'
import { defaultConfigPath, dropUndefined, readConfigFile, resolveConfig } from './config.js'
import { QingConfigError } from './errors.js'

export type { QingClientOptions } from './base-client.js'

export interface FromConfigOptions extends Partial<QingClientOptions> {
  /** A QingCloud config file; default `~/.qingcloud/config.yaml` when it exists. */
  file?: string
  /** Default `process.env`: `QY_ACCESS_KEY_ID` and `QY_SECRET_ACCESS_KEY` win over the file. */
  env?: Record<string, string | undefined>
}

/**
 * A signed QingCloud API client with one typed method per registry action, named after the action
 * (`CreateVolumes` → `createVolumes`), taking and answering QingCloud's own field names. It speaks to
 * qingstack and to QingCloud alike: only the endpoint differs. In Node it can also set itself up from
 * a config file (`fromConfig`); browsers load the same client without that, from `./browser.ts`.
 *
 * @example
 *   const client = new QingClient({ endpoint: 'http://127.0.0.1:7878/iaas/', accessKeyId, secretAccessKey, zone: 'pek3a' })
 *   const { volumes, job_id } = await client.createVolumes({ size: 20, count: 2 })
 *   await client.waitForJob(job_id)
 *   for await (const volume of client.paginate('DescribeVolumes', { status: ['available'] })) console.log(volume.volume_id)
 */
export class QingClient extends BrowserClient {
  /**
   * A client set up as QingCloud's SDKs set themselves up: from a config file (`qy_access_key_id`,
   * `qy_secret_access_key`, `zone`, `host`, `port`, `protocol`, `uri`) and `QY_ACCESS_KEY_ID` /
   * `QY_SECRET_ACCESS_KEY`; explicit options win over both.
   *
   * @example
   *   const client = QingClient.fromConfig({ file: 'data/config.yaml' })
   */
  static fromConfig(options: FromConfigOptions = {}): QingClient {
    const { file, env, ...overrides } = options
    const path = file ?? (fs.existsSync(defaultConfigPath()) ? defaultConfigPath() : undefined)
    const resolved = resolveConfig(path === undefined ? {} : readConfigFile(path), env)
    const merged = { ...dropUndefined(resolved), ...dropUndefined(overrides) }
    if (!merged.accessKeyId || !merged.secretAccessKey) {
      throw new QingConfigError(
        `no access key: set QY_ACCESS_KEY_ID and QY_SECRET_ACCESS_KEY, or qy_access_key_id and qy_secret_access_key in ${path ?? defaultConfigPath()}`,
      )
    }
    return new QingClient(merged as QingClientOptions)
  }
}
