// A qingstack server whose instances have existed for 15 days: started on a clock 15 days back, it
// creates them, then moves its clock to the real time and prints its endpoint. Used by bench/monitor.ts.
import os from 'node:os'
import path from 'node:path'
import { pino } from 'pino'
import { QingClient } from '../../src/sdk/index.js'
import { createApp } from '../../src/server/app.js'
import { loadConfig } from '../../src/server/config.js'
import { BENCH_KEY } from './processes.js'

const DAY = 86_400_000
let offset = -15 * DAY - 3_600_000
const clock = { now: () => Date.now() + offset }
const config = loadConfig({
  QINGSTACK_HOST: '127.0.0.1',
  QINGSTACK_PORT: '0',
  QINGSTACK_DATA_DIR: path.join(os.tmpdir(), 'qingstack-bench-monitor-unused'),
  QINGSTACK_TIMING: 'instant',
  QINGSTACK_ACCESS_KEY_ID: BENCH_KEY.id,
  QINGSTACK_SECRET_ACCESS_KEY: BENCH_KEY.secret,
})
const app = await createApp({ config, clock, logger: pino({ level: 'warn' }), worker: 'manual', sqliteFile: ':memory:' })
const endpoint = await app.listen()
const client = new QingClient({ endpoint, accessKeyId: BENCH_KEY.id, secretAccessKey: BENCH_KEY.secret, zone: 'pek3a', now: clock.now })
const { instances } = await client.runInstances({
  image_id: 'centos7x64d',
  instance_type: 'c1m1',
  count: 100,
  login_mode: 'passwd',
  login_passwd: 'Bench-Passw0rd',
})
while ((await app.worker.runDue()) > 0);
offset = 0
while ((await app.worker.runDue()) > 0);
process.stdout.write(`${JSON.stringify({ endpoint, instance: instances[0] })}\n`)
