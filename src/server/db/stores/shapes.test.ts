import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect, sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { DB } from '../schema/index.js'
import { inScope, markScope, type Scope } from './scope.js'
import { compiledPerShape } from './shapes.js'

const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }) })

interface Filter {
  owner: string
  ids?: string[] | undefined
  limit: number
}

describe('compiledPerShape', () => {
  it('compiles once per shape and runs each call with its own values', () => {
    let builds = 0
    const query = compiledPerShape(
      (m, f: Filter) => ({ owner: m.value(f.owner), ids: m.list(f.ids), limit: m.value(f.limit) }),
      (q, f) => {
        builds++
        let listed = q.selectFrom('instances').select('instance_id').where('owner', '=', f.owner)
        if (f.ids) listed = listed.where('instance_id', 'in', f.ids)
        return { rows: listed.where('status', '!=', 'ceased').limit(f.limit) }
      },
    )
    const first = query(db, { owner: 'usr-a', ids: ['i-1', 'i-2'], limit: 20 }).rows
    const second = query(db, { owner: 'usr-b', ids: ['i-3', 'i-4'], limit: 5 }).rows
    // A shape's first call builds twice (marked, and its own values to check against), later calls never.
    expect(builds).toBe(2)
    expect(second.sql).toBe(first.sql)
    expect(first.parameters).toEqual(['usr-a', 'i-1', 'i-2', 'ceased', 20])
    expect(second.parameters).toEqual(['usr-b', 'i-3', 'i-4', 'ceased', 5])
    // Another list length, or no list, is another shape.
    expect(query(db, { owner: 'usr-c', ids: ['i-5'], limit: 1 }).rows.parameters).toEqual(['usr-c', 'i-5', 'ceased', 1])
    expect(query(db, { owner: 'usr-d', limit: 1 }).rows.parameters).toEqual(['usr-d', 'ceased', 1])
    expect(builds).toBe(6)
  })

  it('tells scopes apart by kind and by the fields they carry', () => {
    const query = compiledPerShape(markScope, (q, scope: Scope) => ({
      rows: q
        .selectFrom('instances')
        .select('instance_id')
        .where(inScope(scope, { id: 'instance_id', owner: 'owner' })),
    }))
    const own = query(db, { kind: 'owner', owner: 'usr-a' }).rows
    const project = query(db, { kind: 'project', owner: 'usr-a', project_id: 'pro-a' }).rows
    const filtered = query(db, { kind: 'project', owner: 'usr-b', project_id: 'pro-b', ownerFilter: 'usr-c' }).rows
    expect(own.parameters).toEqual(['usr-a'])
    expect(project.parameters).toEqual(['pro-a'])
    expect(filtered.parameters).toEqual(['pro-b', 'usr-c'])
    expect(new Set([own.sql, project.sql, filtered.sql]).size).toBe(3)
    expect(query(db, { kind: 'project', owner: 'usr-d', project_id: 'pro-d', ownerFilter: 'usr-e' }).rows.parameters).toEqual([
      'pro-d',
      'usr-e',
    ])
  })

  it('refuses a build that uses a marked value other than as a parameter', () => {
    const asPattern = compiledPerShape(
      (m, word: string) => m.value(word),
      (q, word) => ({ rows: q.selectFrom('instances').select('instance_id').where('instance_name', 'like', `%${word}%`) }),
    )
    expect(() => asPattern(db, 'needle')).toThrow(/uses a marked value other than as a parameter/)
    const asName = compiledPerShape(
      (m, column: string) => m.value(column),
      (q, column) => ({ rows: q.selectFrom('instances').select(sql.ref(column).as('c')) }),
    )
    expect(() => asName(db, 'instance_id')).toThrow(/uses a marked value other than as a parameter/)
  })
})
