import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Kysely, Migrator } from 'kysely'
import { describe, expect, it } from 'vitest'
import { Database } from '../../src/server/db/database.js'
import { migrations } from '../../src/server/db/migrations/index.js'
import { releases } from '../../src/server/db/migrations/releases.js'
import { adminQuery, testDatabaseUrl, testDialect } from '../harness/dialect.js'
import { startTestServer } from '../harness/server.js'
import * as v010 from './fixtures/store-0.1.0.js'

const migrationsDir = fileURLToPath(new URL('../../src/server/db/migrations/', import.meta.url))
const release010 = releases.find((r) => r.version === '0.1.0')!

/** The rows of one table in the fixture. */
function rowsOf(table: string): ReadonlyArray<Record<string, string | number | null>> {
  return v010.rows.find(([name]) => name === table)?.[1] ?? []
}
const ids = (table: string, column: string) =>
  rowsOf(table)
    .map((row) => row[column] as string)
    .sort()
const sorted = (values: Iterable<string>) => [...values].sort()

/** A store with exactly `names` migrated, filled with the fixture's rows, as 0.1.0 left it. */
async function buildStore(names: readonly string[]): Promise<{ sqliteFile?: string; schema?: string; cleanup(): Promise<void> }> {
  const dialect = testDialect()
  const dir = dialect === 'sqlite' ? fs.mkdtempSync(path.join(os.tmpdir(), 'qingstack-upgrade-')) : undefined
  const sqliteFile = dir ? path.join(dir, 'qingstack.db') : undefined
  const schema = dialect === 'postgres' ? `qs_upgrade_${process.pid}_${randomBytes(4).toString('hex')}` : undefined
  const database = await Database.open(schema ? { url: testDatabaseUrl(), schema } : { sqliteFile: sqliteFile! })
  try {
    const released = Object.fromEntries(names.map((name) => [name, migrations[name]!]))
    const migrator = new Migrator({
      db: database.db,
      provider: { getMigrations: async () => released },
      ...(schema ? { migrationTableSchema: schema } : {}),
    })
    const { error } = await migrator.migrateToLatest()
    if (error) throw error
    const db = database.db as unknown as Kysely<Record<string, Record<string, unknown>>>
    for (const [table, rows] of v010.rows)
      if (rows.length)
        await db
          .insertInto(table)
          .values([...rows])
          .execute()
  } finally {
    await database.close()
  }
  return {
    ...(sqliteFile ? { sqliteFile } : {}),
    ...(schema ? { schema } : {}),
    cleanup: async () => {
      if (dir) fs.rmSync(dir, { recursive: true, force: true })
      if (schema) await adminQuery(`drop schema if exists ${schema} cascade`)
    },
  }
}

describe('release 0.1.0', () => {
  it('ships migrations that are all still listed, with their files unchanged', () => {
    for (const [name, sha256] of Object.entries(release010.migrations)) {
      expect(Object.hasOwn(migrations, name), name).toBe(true)
      const text = fs.readFileSync(path.join(migrationsDir, `${name}.ts`), 'utf8').replace(/\r\n/g, '\n')
      expect(createHash('sha256').update(text).digest('hex'), `${name}.ts changed after its release: add a new migration instead`).toBe(
        sha256,
      )
    }
  })

  it('has a fixture row in every table its migrations create', async () => {
    const store = await buildStore(Object.keys(release010.migrations))
    try {
      const database = await Database.open(
        store.schema ? { url: testDatabaseUrl(), schema: store.schema } : { sqliteFile: store.sqliteFile! },
      )
      try {
        // Introspection lists every schema of the database: other runs' schemas are not this store's.
        const tables = (await database.db.introspection.getTables())
          .filter((t) => store.schema === undefined || t.schema === store.schema)
          .map((t) => t.name)
          .filter((name) => !name.startsWith('kysely_'))
        expect(sorted(tables.filter((name) => rowsOf(name).length === 0))).toEqual([])
      } finally {
        await database.close()
      }
    } finally {
      await store.cleanup()
    }
  })

  it('a store it wrote opens in this release: every record described, every pending job finished', async () => {
    const store = await buildStore(Object.keys(release010.migrations))
    try {
      await using api = await startTestServer({ store, startAt: v010.stoppedAt })
      const root = api.clientFor(v010.root)
      const member = api.clientFor(v010.member)
      const [project_id] = ids('projects', 'project_id')
      const [security_group] = ids('security_group_snapshots', 'security_group_id')
      const [router] = ids('routers', 'router_id')
      const [vxnet] = ids('vxnets', 'vxnet_id')
      const [image_id] = ids('images', 'image_id')
      // The owner role is shown through its member, not listed among the roles.
      const roles = rowsOf('group_roles')

      expect(api.root.user_id).toBe(v010.root.user_id)
      expect(
        sorted((await root.describeInstances({ instances: ids('instances', 'instance_id') })).instance_set.map((i) => i.instance_id)),
      ).toEqual(ids('instances', 'instance_id'))
      expect(sorted((await root.describeVolumes({ volumes: ids('volumes', 'volume_id') })).volume_set.map((v) => v.volume_id))).toEqual(
        ids('volumes', 'volume_id'),
      )
      expect((await root.describeImages({ images: [image_id!] })).image_set.map((i) => i.image_id)).toEqual([image_id])
      expect((await root.describeImageUsers({ image_id: image_id! })).image_user_set.map((u) => u.user.user_id)).toEqual(
        ids('image_users', 'user_id'),
      )
      expect((await member.describeImages({ images: [image_id!] })).total_count).toBe(1)
      expect(sorted((await root.describeKeyPairs()).keypair_set.map((k) => k.keypair_id))).toEqual(ids('keypairs', 'keypair_id'))
      const [tag] = (await root.describeTags()).tag_set
      expect([tag!.tag_id, tag!.resource_count]).toEqual([ids('tags', 'tag_id')[0], 1])
      expect(sorted((await root.describeSnapshots()).snapshot_set.map((s) => s.snapshot_id))).toEqual(ids('snapshots', 'snapshot_id'))
      expect(sorted((await root.describeSecurityGroups()).security_group_set.map((g) => g.security_group_id))).toEqual(
        ids('security_groups', 'security_group_id'),
      )
      expect(
        sorted(
          (await root.describeSecurityGroupRules({ security_group: security_group! })).security_group_rule_set.map(
            (r) => r.security_group_rule_id,
          ),
        ),
      ).toEqual(
        sorted(
          rowsOf('security_group_rules')
            .filter((r) => r.security_group_id === security_group)
            .map((r) => r.security_group_rule_id as string),
        ),
      )
      expect(
        (await root.describeSecurityGroupSnapshots({ security_group: security_group! })).security_group_snapshot_set.map(
          (s) => s.security_group_snapshot_id,
        ),
      ).toEqual(ids('security_group_snapshots', 'security_group_snapshot_id'))
      expect((await root.describeSecurityGroupIPSets()).security_group_ipset_set.map((s) => s.security_group_ipset_id)).toEqual(
        ids('security_group_ipsets', 'security_group_ipset_id'),
      )
      expect((await root.describeEips()).eip_set.map((e) => [e.eip_id, e.status])).toEqual([[ids('eips', 'eip_id')[0], 'associated']])
      expect((await root.describeVxnets({ vxnets: [vxnet!] })).vxnet_set.map((v) => v.router?.router_id)).toEqual([router])
      expect((await root.describeVxnetInstances({ vxnet: vxnet! })).total_count).toBe(
        rowsOf('instance_nics').filter((n) => n.vxnet_id === vxnet).length,
      )
      expect((await root.describeRouters({ routers: [router!] })).router_set.map((r) => r.status)).toEqual(['active'])
      // Migration 090 leased what the store held (docs/compat.md#billing-charges): they accrue from their status_time.
      for (const [table, column] of [
        ['eips', 'eip_id'],
        ['routers', 'router_id'],
      ] as const) {
        const row = rowsOf(table)[0]!
        const { lease_info } = await root.getLeaseInfo({ resource: row[column] as string })
        expect([lease_info.status, lease_info.lease_time]).toEqual(['active', (row.status_time as string).slice(0, 19) + 'Z'])
      }
      expect(sorted((await root.describeRouterStatics({ router: router! })).router_static_set.map((s) => s.router_static_id))).toEqual(
        ids('router_statics', 'router_static_id'),
      )
      expect(
        (
          await root.describeRouterStaticEntries({ router_static: ids('router_static_entries', 'router_static_id')[0]! })
        ).router_static_entry_set.map((e) => e.router_static_entry_id),
      ).toEqual(ids('router_static_entries', 'router_static_entry_id'))
      expect((await root.describeProjects()).project_set.map((p) => p.project_id)).toEqual([project_id])
      expect(
        sorted((await root.describeProjectMembers({ project_id: project_id! })).project_member_set.map((m) => m.project_member_id)),
      ).toEqual(ids('project_members', 'project_member_id'))
      expect(sorted((await root.describeGroupRoles({ project_id: project_id! })).group_role_set.map((r) => r.group_role_id))).toEqual(
        sorted(roles.filter((r) => r.preset !== 'owner').map((r) => r.group_role_id as string)),
      )
      expect(
        sorted((await root.describeGroupRoleRules({ project_id: project_id! })).group_role_rule_set.map((r) => r.group_role_rule_id)),
      ).toEqual(ids('group_role_rules', 'group_role_rule_id'))
      expect(
        (await root.describeProjectResourceItems({ project_ids: [project_id!] })).project_resource_item_set.map((i) => i.resource_id),
      ).toEqual(ids('project_resource_items', 'resource_id'))
      expect((await member.describeVolumes({ project_id: project_id! })).volume_set.map((v) => v.volume_id)).toEqual(
        ids('project_resource_items', 'resource_id'),
      )
      expect(sorted((await root.describeAccessKeys()).access_key_set.map((k) => k.access_key_id))).toEqual([v010.root.access_key_id])
      // The User Data attachment is still there to launch from.
      const { instances: launched } = await root.runInstances({
        image_id: 'centos7x64d',
        instance_type: 'c1m1',
        login_mode: 'passwd',
        login_passwd: 'Secret2026',
        need_userdata: 1,
        userdata_type: 'tar',
        userdata_value: ids('userdata_attachments', 'attachment_id')[0]!,
      })

      const jobs = ids('jobs', 'job_id')
      const before = await root.describeJobs({ jobs, limit: 100 })
      expect(
        before.job_set
          .filter((j) => j.status !== 'successful')
          .map((j) => [j.job_action, j.status])
          .sort(),
      ).toEqual([
        ['CreateVolumes', 'pending'],
        ['RunInstances', 'working'],
      ])
      await api.drainJobs()
      const after = await root.describeJobs({ jobs, limit: 100 })
      expect(after.job_set.map((j) => j.status)).toEqual(jobs.map(() => 'successful'))
      const states = await root.describeInstances({ instances: [...ids('instances', 'instance_id'), ...launched] })
      expect(states.instance_set.filter((i) => i.status === 'pending').map((i) => i.instance_id)).toEqual([])
      const volumes = await root.describeVolumes({ volumes: ids('volumes', 'volume_id') })
      expect(volumes.volume_set.map((v) => v.transition_status)).toEqual(volumes.volume_set.map(() => ''))
    } finally {
      await store.cleanup()
    }
  }, 60_000)
})
