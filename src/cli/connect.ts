import fs from 'node:fs'
import path from 'node:path'
import { Command, Option } from 'commander'
import { QingClient, QingConfigError } from '../sdk/index.js'
import { defaultConfigPath } from '../sdk/config.js'
import { loadConfig } from '../server/config.js'
import { addOutputOptions, type OutputFlags } from './output.js'

/** What every API command accepts besides its parameters. */
export interface ConnectionFlags extends OutputFlags {
  config?: string
  endpoint?: string
  zone?: string
}

/** Where the CLI looks for its settings; `dataDir` is the server's (QINGSTACK_DATA_DIR). */
export interface CliEnvironment {
  dataDir: string
  env: NodeJS.ProcessEnv
}

export function addConnectionOptions(command: Command): Command {
  const group = 'Connection and output:'
  command
    .addOption(
      new Option('-f, --config <file>', 'QingCloud config file (default: <data dir>/config.yaml, else ~/.qingcloud/config.yaml)').helpGroup(
        group,
      ),
    )
    .addOption(
      new Option('--endpoint <url>', 'API endpoint, e.g. http://127.0.0.1:7878/iaas/ (default: from the config file)').helpGroup(group),
    )
    .addOption(new Option('--zone <zone>', 'zone of the call (default: from the config file)').helpGroup(group))
  addOutputOptions(command, group)
  return command
}

/**
 * The config file to use: `--config`, else the one `qingstack start` wrote into the data directory,
 * else QingCloud's own `~/.qingcloud/config.yaml`; undefined when there is none (keys then come from
 * QY_ACCESS_KEY_ID and QY_SECRET_ACCESS_KEY).
 */
export function configFile(flags: Pick<ConnectionFlags, 'config'>, where: CliEnvironment): string | undefined {
  if (flags.config !== undefined) return flags.config
  return [path.join(where.dataDir, 'config.yaml'), defaultConfigPath()].find((file) => fs.existsSync(file))
}

export function connect(flags: ConnectionFlags, where: CliEnvironment): QingClient {
  const file = configFile(flags, where)
  if (file === undefined && !(where.env.QY_ACCESS_KEY_ID && where.env.QY_SECRET_ACCESS_KEY)) {
    throw new QingConfigError(
      `no access key: \`qingstack start\` writes ${path.join(where.dataDir, 'config.yaml')}; or pass -f <QingCloud config file>, or set QY_ACCESS_KEY_ID and QY_SECRET_ACCESS_KEY`,
    )
  }
  return QingClient.fromConfig({
    ...(file === undefined ? {} : { file }),
    env: where.env,
    // Keys alone (no config file) reach the local server; QingCloud itself only when a file or --endpoint names it.
    endpoint: flags.endpoint ?? (file === undefined ? localEndpoint(where.env) : undefined),
    zone: flags.zone,
  })
}

/** The server `qingstack start` runs with the same QINGSTACK_HOST and QINGSTACK_PORT. */
export function localEndpoint(env: NodeJS.ProcessEnv): string {
  const { host, port } = loadConfig(env)
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}/iaas/`
}
