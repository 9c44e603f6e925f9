import type { EipStatus } from '../../../protocol/records/network.js'
import type { Queryable, Tx } from '../database.js'
import type { EipsTable } from '../schema/network.js'
import { pageOf, type SortedPage } from './paging.js'
import { inScope, type Scope } from './scope.js'
import { likePattern, matchesWord } from './search.js'
import { taggedWith } from './tags.js'
import { sql, type SqlBool } from 'kysely'
import { idListQuery, ofIds, type IdListQuery } from './ids.js'
import { syncLeases } from './leases.js'

export type EipRow = EipsTable

export async function insertEips(tx: Tx, rows: EipRow[]): Promise<void> {
  if (rows.length > 0) await tx.db.insertInto('eips').values(rows).execute()
  await syncLeases(
    tx,
    'eip',
    rows.map((r) => r.eip_id),
  )
}

export async function findEips(q: Queryable, ids: readonly string[]): Promise<EipRow[]> {
  return ofIds(ids, (list) => q.selectFrom('eips').selectAll().where('eip_id', 'in', list).execute())
}

/** `at`: when a change of bandwidth takes effect, for the lease (default: the change's own time, docs/compat.md#billing-charges). */
export async function updateEips(tx: Tx, ids: readonly string[], changes: Partial<EipRow>, at?: string): Promise<void> {
  if (ids.length > 0)
    await tx.db
      .updateTable('eips')
      .set(changes)
      .where('eip_id', 'in', [...ids])
      .execute()
  if ('status' in changes || 'bandwidth' in changes || 'billing_mode' in changes)
    await syncLeases(tx, 'eip', ids, at ?? changes.status_time ?? changes.billing_mode_time ?? undefined)
}

/** Which of `candidates` an EIP holds (any zone: public addresses are unique everywhere). */
export async function takenEipAddresses(q: Queryable, candidates: readonly string[]): Promise<Set<string>> {
  if (candidates.length === 0) return new Set()
  const rows = await q
    .selectFrom('eips')
    .select('held_addr')
    .where('held_addr', 'in', [...candidates])
    .execute()
  return new Set(rows.map((row) => row.held_addr!))
}

export async function allTakenEipAddresses(q: Queryable): Promise<string[]> {
  const rows = await q.selectFrom('eips').select('held_addr').where('held_addr', 'is not', null).execute()
  return rows.map((row) => row.held_addr!)
}

/** The EIPs held by (or being associated with) these instances or routers. */
export const eipsOfHolders: IdListQuery<EipRow> = idListQuery((q, list) =>
  q.selectFrom('eips').selectAll().where('resource_id', 'in', list),
)

/** Holders let go of their EIPs at once: they become available (instance termination, router deletion). */
export async function dropEipsOfHolders(tx: Tx, holderIds: readonly string[], at: string): Promise<void> {
  if (holderIds.length === 0) return
  await tx.db
    .updateTable('eips')
    .set({ status: 'available', transition_status: '', resource_id: null, resource_type: null, status_time: at })
    .where('resource_id', 'in', [...holderIds])
    .execute()
}

export interface EipFilter {
  scope: Scope
  zone_id: string
  eip_ids?: string[] | undefined
  instance_id?: string | undefined
  eip_group_id?: string | undefined
  statuses?: EipStatus[] | undefined
  search_word?: string | undefined
  tag_ids?: string[] | undefined
}

export const eipSortKeys = ['create_time', 'status_time', 'eip_id', 'eip_name', 'eip_addr', 'bandwidth', 'status'] as const

export async function describeEips(
  q: Queryable,
  f: EipFilter,
  page: SortedPage<(typeof eipSortKeys)[number]>,
): Promise<{ rows: EipRow[]; total: number }> {
  let query = q
    .selectFrom('eips')
    .where(inScope(f.scope, { id: 'eips.eip_id', owner: 'eips.owner' }))
    .where('zone_id', '=', f.zone_id)
  if (f.eip_ids) query = query.where('eip_id', 'in', f.eip_ids.length ? f.eip_ids : [''])
  // Released and ceased EIPs show only when asked for by id or status (docs/compat.md#ended-resources).
  if (f.statuses?.length) query = query.where('status', 'in', f.statuses)
  else if (!f.eip_ids) query = query.where('status', 'not in', ['released', 'ceased'])
  // The same EIP the instance record shows: associated ones only.
  if (f.instance_id) query = query.where('resource_id', '=', f.instance_id).where('status', '=', 'associated')
  if (f.eip_group_id !== undefined) query = query.where('eip_group_id', '=', f.eip_group_id)
  if (f.search_word) {
    const pattern = likePattern(f.search_word)
    query = query.where((eb) =>
      eb.or([matchesWord('eip_id', 'eip_name', f.search_word!), sql<SqlBool>`${sql.ref('eip_addr')} like ${pattern} escape '\\'`]),
    )
  }
  if (f.tag_ids?.length) query = query.where(taggedWith('eips.eip_id', f.tag_ids))
  return pageOf(query, (s) => s.selectAll('eips'), {
    ...page,
    orderBy: [[`eips.${page.key}`, page.direction]],
    id: 'eips.eip_id',
  })
}

/** An owner's EIPs in a zone for quotas: count and total bandwidth; released ones no longer count. */
export async function eipUsage(q: Queryable, owner: string, zone_id: string): Promise<{ eip: number; eip_bandwidth: number }> {
  const row = await q
    .selectFrom('eips')
    .select((eb) => [eb.fn.countAll<number>().as('eip'), eb.fn.coalesce(eb.fn.sum<number>('bandwidth'), eb.lit(0)).as('eip_bandwidth')])
    .where('owner', '=', owner)
    .where('zone_id', '=', zone_id)
    .where('status', 'not in', ['released', 'ceased'])
    .executeTakeFirstOrThrow()
  return { eip: Number(row.eip), eip_bandwidth: Number(row.eip_bandwidth) }
}

/** Ends an EIP transition: those still in `transition` settle with `changes` (a replayed step is harmless). */
export async function settleEips(
  tx: Tx,
  ids: readonly string[],
  input: { transition: EipRow['transition_status']; at: string; changes: Partial<EipRow> },
): Promise<void> {
  if (ids.length === 0) return
  await tx.db
    .updateTable('eips')
    .set({ ...input.changes, transition_status: '', status_time: input.at })
    .where('eip_id', 'in', [...ids])
    .where('transition_status', '=', input.transition)
    .execute()
  await syncLeases(tx, 'eip', ids, input.at)
}
