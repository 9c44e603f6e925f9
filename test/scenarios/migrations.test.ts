import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { Database } from '../../src/server/db/database.js'
import { migrations } from '../../src/server/db/migrations/index.js'
import { adminQuery, testDatabaseUrl, testDialect } from '../harness/dialect.js'

// Several processes and several deployments share one PostgreSQL server; SQLite has one writer.
describe.runIf(testDialect() === 'postgres')('migrations on a shared PostgreSQL server', () => {
  it('run once when several processes start at once, unfooled by a neighbour schema', async () => {
    const suffix = randomBytes(4).toString('hex')
    const schema = `qs_mig_${suffix}`
    const decoy = `qs_decoy_${suffix}`
    await adminQuery(
      `create schema ${decoy}; create table ${decoy}.kysely_migration_lock (id text); create table ${decoy}.kysely_migration (name text)`,
    )
    try {
      const databases = await Promise.all(Array.from({ length: 4 }, () => Database.open({ url: testDatabaseUrl(), schema, poolSize: 2 })))
      try {
        await Promise.all(databases.map((db) => db.migrate()))
        const applied = await databases[0]!.db
          .withTables<{ kysely_migration: { name: string } }>()
          .selectFrom('kysely_migration')
          .select('name')
          .execute()
        expect(applied.map((row) => row.name).sort()).toEqual(Object.keys(migrations).sort())
      } finally {
        await Promise.all(databases.map((db) => db.close()))
      }
    } finally {
      await adminQuery(`drop schema if exists ${schema} cascade; drop schema if exists ${decoy} cascade`)
    }
  })
})
