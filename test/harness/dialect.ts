import pg from 'pg'
import type { Dialect } from '../../src/server/db/database.js'

/**
 * Each test file runs once per dialect: vitest's `sqlite` and `postgres` projects set
 * QINGSTACK_TEST_DIALECT (see vitest.config.ts).
 */
export function testDialect(): Dialect {
  return process.env.QINGSTACK_TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite'
}

export function testDatabaseUrl(): string {
  return process.env.QINGSTACK_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test'
}

/** Runs administrative SQL (schemas for one test) on the test PostgreSQL server. */
export async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}
