import { sql } from 'kysely'
import type { InstanceStatus } from '../../src/protocol/records/instance.js'
import { describe, expect, it } from 'vitest'
import { runningInstances } from '../harness/compute.js'
import { startTestServer, type TestServer } from '../harness/server.js'

// DescribeInstances' total_count from the counters of migration 061 (issue 18): kept by triggers in
// the transaction of every write, they always equal a count of the rows.
async function counters(api: TestServer): Promise<{ kept: string[]; counted: string[] }> {
  const db = api.app.database.db
  const kept = await sql<{ owner: string; zone_id: string; status: string; n: number }>`
    select owner, zone_id, status, n from instance_counts where n <> 0 order by owner, zone_id, status`.execute(db)
  const counted = await sql<{ owner: string; zone_id: string; status: string; n: number }>`
    select owner, zone_id, status, count(*) as n from instances group by owner, zone_id, status order by owner, zone_id, status`.execute(db)
  const text = (rows: Array<{ owner: string; zone_id: string; status: string; n: number }>) =>
    rows.map((r) => `${r.owner} ${r.zone_id} ${r.status} ${Number(r.n)}`)
  return { kept: text(kept.rows), counted: text(counted.rows) }
}

describe('DescribeInstances total_count from kept counters', () => {
  it('equals a count of the matches through creation, status changes, termination and cease, per owner and zone', async () => {
    await using api = await startTestServer()
    const other = await api.newUser()
    const mine = await runningInstances(api, { count: 5 })
    await runningInstances(api, { count: 2 }, other.client)
    await api.client.runInstances({
      image_id: 'centos7x64d',
      instance_type: 'c1m1',
      login_mode: 'passwd',
      login_passwd: 'Secret2026',
      zone: 'sh1a',
    })
    await api.drainJobs()
    await api.client.stopInstances({ instances: mine.slice(0, 2) })
    await api.drainJobs()
    await api.client.terminateInstances({ instances: [mine[4]!] })
    await api.drainJobs()
    await api.client.ceaseInstances({ instances: [mine[4]!] })
    await api.drainJobs()

    const { kept, counted } = await counters(api)
    expect(kept).toEqual(counted)
    // limit=1 makes every page full, so total_count comes from the counters.
    const total = async (status?: InstanceStatus[]) =>
      (await api.client.describeInstances({ limit: 1, ...(status ? { status } : {}) })).total_count
    const listed = async (status?: InstanceStatus[]) =>
      (await api.client.describeInstances({ limit: 100, ...(status ? { status } : {}) })).instance_set.length
    for (const status of <Array<InstanceStatus[] | undefined>>[
      undefined,
      ['running'],
      ['stopped', 'running'],
      ['terminated'],
      ['ceased'],
      ['running', 'running'],
    ]) {
      expect(await total(status)).toBe(await listed(status))
    }
    expect(await total()).toBe(4)
    expect(await total(['ceased'])).toBe(1)
    expect((await other.client.describeInstances({ limit: 1 })).total_count).toBe(2)
    expect((await api.client.describeInstances({ limit: 1, zone: 'sh1a' })).total_count).toBe(1)
    // Any other filter counts the matches as before.
    expect((await api.client.describeInstances({ limit: 1, status: ['running'], instance_type: ['c1m1'] })).total_count).toBe(2)
    expect((await api.client.describeInstances({ limit: 1, search_word: mine[0]! })).total_count).toBe(1)
  })
})
