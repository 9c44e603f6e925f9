import type { Queryable, Tx } from '../database.js'
import type { SecurityGroupIpsetsTable, SecurityGroupSnapshotsTable } from '../schema/network.js'
import { pageOf } from './paging.js'
import { inScope, type Scope } from './scope.js'
import { likePattern } from './search.js'
import { taggedWith } from './tags.js'
import { sql, type SqlBool } from 'kysely'
import { ofIds } from './ids.js'

export type SnapshotRow = SecurityGroupSnapshotsTable
export type IpsetRow = SecurityGroupIpsetsTable

// Snapshots

export async function insertSnapshot(tx: Tx, row: SnapshotRow): Promise<void> {
  await tx.db.insertInto('security_group_snapshots').values(row).execute()
}

export async function findSnapshots(q: Queryable, ids: readonly string[]): Promise<SnapshotRow[]> {
  return ofIds(ids, (list) =>
    q.selectFrom('security_group_snapshots').selectAll().where('security_group_snapshot_id', 'in', list).execute(),
  )
}

export async function deleteSnapshots(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0)
    await tx.db
      .deleteFrom('security_group_snapshots')
      .where('security_group_snapshot_id', 'in', [...ids])
      .execute()
}

export async function snapshotIdsOfGroups(q: Queryable, groupIds: readonly string[]): Promise<string[]> {
  return ofIds(groupIds, async (list) => {
    const rows = await q
      .selectFrom('security_group_snapshots')
      .select('security_group_snapshot_id')
      .where('security_group_id', 'in', list)
      .execute()
    return rows.map((r) => r.security_group_snapshot_id)
  })
}

/** A group's snapshots, newest first unless `reverse` is false. */
export async function describeSnapshots(
  q: Queryable,
  f: { scope: Scope; security_group_id: string; snapshot_ids?: string[] | undefined },
  page: { offset: number; limit: number; newestFirst: boolean },
): Promise<{ rows: SnapshotRow[]; total: number }> {
  let query = q
    .selectFrom('security_group_snapshots')
    .where(inScope(f.scope, { id: 'security_group_snapshots.security_group_id', owner: 'security_group_snapshots.owner' }))
    .where('security_group_id', '=', f.security_group_id)
  if (f.snapshot_ids) query = query.where('security_group_snapshot_id', 'in', f.snapshot_ids.length ? f.snapshot_ids : [''])
  const direction = page.newestFirst ? 'desc' : 'asc'
  return pageOf(query, (s) => s.selectAll('security_group_snapshots'), {
    ...page,
    orderBy: [['security_group_snapshots.create_time', direction]],
    id: 'security_group_snapshots.security_group_snapshot_id',
  })
}

// IP sets

export async function insertIpset(tx: Tx, row: IpsetRow): Promise<void> {
  await tx.db.insertInto('security_group_ipsets').values(row).execute()
}

export async function findIpsets(q: Queryable, ids: readonly string[]): Promise<IpsetRow[]> {
  return ofIds(ids, (list) => q.selectFrom('security_group_ipsets').selectAll().where('security_group_ipset_id', 'in', list).execute())
}

export async function updateIpset(tx: Tx, id: string, changes: Partial<IpsetRow>): Promise<void> {
  await tx.db.updateTable('security_group_ipsets').set(changes).where('security_group_ipset_id', '=', id).execute()
}

export async function deleteIpsets(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0)
    await tx.db
      .deleteFrom('security_group_ipsets')
      .where('security_group_ipset_id', 'in', [...ids])
      .execute()
}

export async function describeIpsets(
  q: Queryable,
  f: {
    scope: Scope
    zone_id: string
    ipset_ids?: string[] | undefined
    ipset_type?: number | undefined
    name?: string | undefined
    tag_ids?: string[] | undefined
  },
  page: { offset: number; limit: number },
): Promise<{ rows: IpsetRow[]; total: number }> {
  let query = q
    .selectFrom('security_group_ipsets')
    .where(inScope(f.scope, { id: 'security_group_ipsets.security_group_ipset_id', owner: 'security_group_ipsets.owner' }))
    .where('zone_id', '=', f.zone_id)
  if (f.ipset_ids) query = query.where('security_group_ipset_id', 'in', f.ipset_ids.length ? f.ipset_ids : [''])
  if (f.ipset_type !== undefined) query = query.where('ipset_type', '=', f.ipset_type)
  if (f.name) query = query.where(sql<SqlBool>`lower(${sql.ref('security_group_ipset_name')}) like ${likePattern(f.name)} escape '\\'`)
  if (f.tag_ids?.length) query = query.where(taggedWith('security_group_ipsets.security_group_ipset_id', f.tag_ids))
  return pageOf(query, (s) => s.selectAll('security_group_ipsets'), {
    ...page,
    orderBy: [['security_group_ipsets.create_time', 'desc']],
    id: 'security_group_ipsets.security_group_ipset_id',
  })
}

/** The groups with a rule that names one of these sets (in val1, val2 or val3). */
export async function groupsUsingIpsets(
  q: Queryable,
  ipsetIds: readonly string[],
): Promise<Array<{ ipset: string; security_group_id: string }>> {
  return ofIds(ipsetIds, async (list) => {
    const rows = await q
      .selectFrom('security_group_rules')
      .select(['security_group_id', 'val1', 'val2', 'val3'])
      .where((eb) => eb.or([eb('val1', 'in', list), eb('val2', 'in', list), eb('val3', 'in', list)]))
      .execute()
    const wanted = new Set(list)
    return rows.flatMap((r) =>
      [r.val1, r.val2, r.val3].filter((v) => wanted.has(v)).map((ipset) => ({ ipset, security_group_id: r.security_group_id })),
    )
  })
}
