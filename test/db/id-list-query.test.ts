import { sql, type Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { Queryable } from '../../src/server/db/database.js'
import { idListQueriesAtOnce, idListQuery, type IdsOperand } from '../../src/server/db/stores/ids.js'
import { startTestServer } from '../harness/server.js'

// A lookup by ids compiled once per list length (issue 18) answers what building the query anew
// answers, whichever ids of that length it is given, with constants of the query on either side.
// Kysely's own bookkeeping table: rows in every store, in neither dialect's schema type.
type Migrations = Kysely<{ kysely_migration: { name: string; timestamp: string } }>
const build = (q: Queryable, ids: IdsOperand) =>
  (q as unknown as Migrations)
    .selectFrom('kysely_migration')
    .select('name')
    .where('name', '!=', 'no such migration')
    .where('name', 'in', ids)
    .where('timestamp', '!=', 'never')
    .orderBy('name')

describe('idListQuery', () => {
  it('answers as the query built per call, for every length and any ids of a length, in and out of a transaction', async () => {
    await using api = await startTestServer()
    const { database } = api.app
    const names = (
      await (database.db as unknown as Migrations).selectFrom('kysely_migration').select('name').orderBy('name').execute()
    ).map((r) => r.name)
    expect(names.length).toBeGreaterThan(6)
    const cached = idListQuery(build)
    // `in ()` is not SQL: an empty list is answered without a query.
    const fresh = async (q: Queryable, ids: string[]) => (ids.length ? (await build(q, ids).execute()).map((r) => r.name) : [])
    // Each list again with other ids of the same length: the second call reuses the first's compiled query.
    const lists = [
      [names[0]!],
      [names[3]!],
      [names[1]!, 'absent', names[2]!],
      [names[5]!, names[4]!, 'no such migration'],
      names,
      [...names].reverse(),
      [],
    ]
    for (const ids of lists) {
      expect((await cached(database.db, ids)).map((r) => r.name)).toEqual(await fresh(database.db, ids))
      const inTx = await database.transaction(async (tx) => (await cached(tx.db, ids)).map((r) => r.name), { readOnly: true })
      expect(inTx).toEqual(await fresh(database.db, ids))
    }
    expect((await cached(database.db, [names[3]!])).map((r) => r.name)).toEqual([names[3]])
  })
})

// The same lookups answered together (one statement on PostgreSQL, each in turn on SQLite) give
// each lookup's rows as it gives them alone: same values and types, same order.
const lengths = (q: Queryable, ids: IdsOperand) =>
  (q as unknown as Migrations)
    .selectFrom('kysely_migration')
    .select(['name', sql<number>`length(name)`.as('length'), sql<number>`length(name) * 1000000000000`.as('big')])
    .where('name', 'in', ids)
    .orderBy('name', 'desc')

describe('idListQueriesAtOnce', () => {
  it('answers what each lookup answers alone, whatever the lengths and ids, empty lists included', async () => {
    await using api = await startTestServer()
    const { database } = api.app
    const names = (
      await (database.db as unknown as Migrations).selectFrom('kysely_migration').select('name').orderBy('name').execute()
    ).map((r) => r.name)
    const byName = idListQuery(build)
    const byLength = idListQuery(lengths)
    const atOnce = idListQueriesAtOnce({ byName, byLength })
    const cases: Array<[string[], string[]]> = [
      [
        [names[0]!, names[1]!],
        [names[2]!, 'absent', names[0]!],
      ],
      [
        [names[4]!, names[3]!],
        [names[5]!, names[5]!, names[1]!],
      ],
      [names, [...names].reverse()],
      [[], [names[2]!]],
      [[names[2]!], []],
      [[], []],
    ]
    for (const [a, b] of cases) {
      const alone = { byName: await byName(database.db, a), byLength: await byLength(database.db, b) }
      expect(alone.byLength.length).toBe(new Set(b.filter((name) => names.includes(name))).size)
      expect(await atOnce(database.db, { byName: a, byLength: b })).toEqual(alone)
      const inTx = await database.transaction(async (tx) => atOnce(tx.db, { byName: a, byLength: b }), { readOnly: true })
      expect(inTx).toEqual(alone)
    }
  })
})
