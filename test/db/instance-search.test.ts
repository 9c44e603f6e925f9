import { CompiledQuery, type KyselyPlugin, type RootOperationNode } from 'kysely'
import { describe, expect, it } from 'vitest'
import { Database } from '../../src/server/db/database.js'
import { describeInstances } from '../../src/server/db/stores/instances.js'
import { runningInstances } from '../harness/compute.js'
import { testDialect } from '../harness/dialect.js'
import { startTestServer } from '../harness/server.js'

// DescribeInstances search_word through the trigram indexes of migration 060 (issue 18): the same
// matches as the substring scan it replaces, kept up to date in the transaction of each write.
describe('DescribeInstances search_word', () => {
  it('finds the same instances as a substring scan, after renames and terminations too', async () => {
    await using api = await startTestServer()
    const [alpha] = await runningInstances(api, { instance_name: 'Needle-Alpha' })
    api.clock.advance(1000)
    const [beta] = await runningInstances(api, { instance_name: 'hay "quoted" Émile' })
    api.clock.advance(1000)
    const [gamma] = await runningInstances(api, { instance_name: 'plain' })
    const ids = async (search_word: string) =>
      (await api.client.describeInstances({ search_word, status: ['running', 'terminated'] })).instance_set.map((i) => i.instance_id)

    expect(await ids('NEEDLE')).toEqual([alpha])
    expect(await ids('le-al')).toEqual([alpha])
    expect(await ids('"quoted"')).toEqual([beta])
    // SQLite's lower() folds ASCII only, and so does the search still, though FTS5 folds more.
    if (api.dialect === 'sqlite') expect(await ids('émile')).toEqual([])
    expect(await ids('mile')).toEqual([beta])
    expect(await ids('"Q')).toEqual([beta])
    expect(await ids(gamma!.slice(1))).toEqual([gamma])
    expect(await ids('needle alpha')).toEqual([])

    await api.client.modifyInstanceAttributes({ instance: gamma!, instance_name: 'needle-gamma' })
    expect(await ids('needle')).toEqual([gamma, alpha])
    expect(await ids('plain')).toEqual([])

    await api.client.terminateInstances({ instances: [alpha!] })
    await api.drainJobs()
    expect(await ids('needle')).toEqual([gamma, alpha])
    expect((await api.client.describeInstances({ search_word: 'needle' })).total_count).toBe(2)
    // A full page counts the matches in its own query; a page past them counts apart.
    const firstPage = await api.client.describeInstances({ search_word: 'needle', limit: 1 })
    expect([firstPage.instance_set.map((i) => i.instance_id), firstPage.total_count]).toEqual([[gamma], 2])
    const pastTheEnd = await api.client.describeInstances({ search_word: 'needle', offset: 5, limit: 1 })
    expect([pastTheEnd.instance_set, pastTheEnd.total_count]).toEqual([[], 2])
  })

  it.runIf(testDialect() === 'sqlite')(
    'reads candidates from the trigram table on SQLite, and scans for words under 3 characters',
    async () => {
      const database = await Database.open({ sqliteFile: ':memory:' })
      try {
        await database.migrate()
        const nodes: RootOperationNode[] = []
        const capture: KyselyPlugin = {
          transformQuery: (args) => (nodes.push(args.node), args.node),
          transformResult: async (args) => args.result,
        }
        const db = database.db.withPlugin(capture)
        const page = { offset: 20, limit: 20, key: 'create_time', direction: 'desc' } as const
        const scope = { kind: 'owner', owner: 'usr-search01' } as const
        await describeInstances(db, { scope, zone_id: 'pek3a', search_word: 'needle' }, page)
        await describeInstances(db, { scope, zone_id: 'pek3a', search_word: 'ne' }, page)
        const plans: string[] = []
        for (const node of nodes) {
          const compiled = db.getExecutor().compileQuery(node, { queryId: 'plan' })
          const plan = await db.executeQuery<{ detail: string }>(
            CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]),
          )
          plans.push(plan.rows.map((row) => row.detail).join(' | '))
        }
        expect(plans).toHaveLength(4)
        for (const plan of plans.slice(0, 2)) {
          expect(plan).toMatch(/(^|\| )SCAN instances_search VIRTUAL TABLE .* \| SEARCH instances USING INTEGER PRIMARY KEY \(rowid=\?\)/)
        }
        for (const plan of plans.slice(2)) expect(plan).not.toMatch(/instances_search/)
      } finally {
        await database.close()
      }
    },
  )
})
