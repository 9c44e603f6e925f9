import { CompiledQuery } from 'kysely'
import { describe, expect, it } from 'vitest'
import { Database } from '../../src/server/db/database.js'
import { describeInstances } from '../../src/server/db/stores/instances.js'
import { describeSnapshots } from '../../src/server/db/stores/snapshots.js'
import { describeVolumes } from '../../src/server/db/stores/volumes.js'
import { testDialect } from '../harness/dialect.js'

/**
 * What the API can not show: Describe* over a large store reads through an index, never a full
 * table scan (issue 4: 50 000 instances, a filter and limit=20 answer in milliseconds; the timing
 * itself is in bench/run.ts). SQLite's plans are stable without statistics, so they are checked
 * there; PostgreSQL picks plans by table size.
 */
async function plans(run: (db: Database['db']) => Promise<unknown>): Promise<string[]> {
  const database = await Database.open({ sqliteFile: ':memory:' })
  try {
    await database.migrate()
    // The queries as they run: some are compiled once and reused (db/stores/shapes.ts), so what is
    // built during one call is not what runs.
    const executed: CompiledQuery[] = []
    const executor = database.db.getExecutor()
    const execute = executor.executeQuery.bind(executor)
    executor.executeQuery = (compiled, ...rest) => (executed.push(compiled), execute(compiled, ...rest))
    await run(database.db)
    executor.executeQuery = execute
    const out: string[] = []
    for (const compiled of executed) {
      const plan = await database.db.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]),
      )
      out.push(plan.rows.map((row) => row.detail).join(' | '))
    }
    return out
  } finally {
    await database.close()
  }
}

/** A page of 20 and, since a full page does not tell the total, the count query too. */
const fullPage = { offset: 20, limit: 20, key: 'create_time', direction: 'desc' } as const
const scope = { kind: 'owner', owner: 'usr-bench001' } as const

describe.runIf(testDialect() === 'sqlite')('Describe* query plans', () => {
  it('DescribeInstances with a status filter and limit=20 searches an index for rows and count, no full scan', async () => {
    const found = await plans((db) => describeInstances(db, { scope, zone_id: 'pek3a', statuses: ['running'] }, fullPage))
    // total_count adds up the counters of migration 061 instead of counting the matches, in the page's
    // own query (issue 18).
    const [page, pastTheEnd] = found
    expect(found).toHaveLength(2)
    expect(page).toMatch(
      /^SEARCH instances USING (COVERING )?INDEX instances_owner_zone_status_(type_)?time \(owner=\? AND zone_id=\? AND status=\?\) \| SCALAR SUBQUERY \d+ \| SEARCH instance_counts USING INDEX \w+ \(owner=\? AND zone_id=\? AND status=\?\)$/,
    )
    expect(page).not.toMatch(/SCAN instances(?! USING)/)
    // The page comes in index order: no sort of all matches.
    expect(page).not.toMatch(/TEMP B-TREE/)
    // The page is past the end of this empty store: the first match, were there one, would carry the total.
    expect(pastTheEnd).toMatch(/^SEARCH instances USING (COVERING )?INDEX \w+ \(owner=\? AND zone_id=\? AND status=\?\) \| SCALAR SUBQUERY/)
  })

  it('DescribeInstances by status and type counts from the index alone and pages in index order', async () => {
    const found = await plans((db) =>
      describeInstances(db, { scope, zone_id: 'pek3a', statuses: ['running'], instance_types: ['c1m1'] }, fullPage),
    )
    expect(found[0]).toMatch(
      /SEARCH instances USING INDEX instances_owner_zone_status_type_time \(owner=\? AND zone_id=\? AND status=\? AND instance_type=\?\)/,
    )
    expect(found[0]).not.toMatch(/TEMP B-TREE/)
    expect(found[1]).toMatch(/SEARCH instances USING COVERING INDEX instances_owner_zone_status_type_time/)
  })

  it('DescribeInstances without a filter, by tag, and DescribeVolumes / DescribeSnapshots read through indexes', async () => {
    const unfiltered = await plans((db) => describeInstances(db, { scope, zone_id: 'pek3a' }, fullPage))
    const tagged = await plans((db) => describeInstances(db, { scope, zone_id: 'pek3a', tag_ids: ['tag-aaaaaaaa'] }, fullPage))
    const volumes = await plans((db) => describeVolumes(db, { scope, zone_id: 'pek3a', statuses: ['available'] }, fullPage))
    const snapshots = await plans((db) => describeSnapshots(db, { scope, zone_id: 'pek3a', resource_id: 'vol-aaaaaaaa' }, fullPage))
    for (const plan of [...unfiltered, ...tagged, ...volumes, ...snapshots]) {
      expect(plan).toMatch(/SEARCH \w+ USING/)
      expect(plan).not.toMatch(/SCAN (instances|volumes|snapshots|tag_bindings)(?! USING)/)
    }
    expect(unfiltered[0]).not.toMatch(/TEMP B-TREE/)
    expect(volumes[0]).toMatch(/INDEX volumes_owner_zone_status_time \(owner=\? AND zone_id=\? AND status=\?\)/)
  })
})
