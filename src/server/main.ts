import fs from 'node:fs'
import path from 'node:path'
import { stringify } from 'yaml'
import { createApp, type App } from './app.js'
import type { Config } from './config.js'

/**
 * The QingCloud client config file (`qingcloud-cli -f`, the Python SDK's `connect_to_zone` from
 * config): exactly these keys, as QingCloud's CLI rejects unknown ones.
 */
export function writeClientConfig(app: App, endpoint: string): string {
  const url = new URL(endpoint)
  const file = path.join(app.config.dataDir, 'config.yaml')
  fs.mkdirSync(app.config.dataDir, { recursive: true })
  const body = stringify({
    qy_access_key_id: app.root.access_key_id,
    qy_secret_access_key: app.root.secret_access_key,
    zone: app.config.zones[0]!.zone_id,
    host: url.hostname,
    port: Number(url.port),
    protocol: url.protocol.replace(':', ''),
  })
  fs.writeFileSync(file, body, { mode: 0o600 })
  return file
}

/** `qingstack start` / `npm start`: serve until SIGINT or SIGTERM. */
export async function startServer(config: Config): Promise<App> {
  const app = await createApp({ config })
  const endpoint = await app.listen()
  const configFile = writeClientConfig(app, endpoint)
  const store = config.databaseUrl ? `PostgreSQL ${redact(config.databaseUrl)}` : `SQLite ${path.join(config.dataDir, 'qingstack.db')}`
  process.stdout.write(
    [
      `qingstack is serving the QingCloud API at ${endpoint}`,
      `  store:             ${store}`,
      `  zones:             ${config.zones.map((z) => z.zone_id).join(', ')}`,
      `  job timing:        ${config.timing}`,
      `  root user:         ${app.root.user_id}`,
      `  access key id:     ${app.root.access_key_id}`,
      `  secret access key: ${app.root.secret_access_key}`,
      `  client config:     ${configFile}`,
      '',
    ].join('\n'),
  )
  let closing = false
  const shutdown = () => {
    if (closing) return
    closing = true
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
  return app
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')
}
