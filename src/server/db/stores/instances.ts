import type { InstanceStatus, InstanceTransition } from '../../../protocol/records/instance.js'
import type { Queryable, Tx } from '../database.js'
import type { InstancesTable } from '../schema/instances.js'
import { pageFromRows, pageOf, pageQueries, type PageRequest, type SortedPage } from './paging.js'
import { inScope, markScope, type Scope } from './scope.js'
import { compiledPerShape } from './shapes.js'
import { instancesMatching, matchesWord, searchesByTrigram } from './search.js'
import { taggedWith } from './tags.js'
import { ofIds } from './ids.js'
import { syncLeases } from './leases.js'

export type InstanceRow = InstancesTable

export async function insertInstances(tx: Tx, rows: InstanceRow[]): Promise<void> {
  if (rows.length > 0) await tx.db.insertInto('instances').values(rows).execute()
  await syncLeases(
    tx,
    'instance',
    rows.map((r) => r.instance_id),
  )
}

export async function findInstances(q: Queryable, ids: readonly string[]): Promise<InstanceRow[]> {
  return ofIds(ids, (list) => q.selectFrom('instances').selectAll().where('instance_id', 'in', list).execute())
}

export async function updateInstances(tx: Tx, ids: readonly string[], changes: Partial<InstanceRow>): Promise<void> {
  if (ids.length > 0)
    await tx.db
      .updateTable('instances')
      .set(changes)
      .where('instance_id', 'in', [...ids])
      .execute()
  if (billed.some((key) => key in changes)) await syncLeases(tx, 'instance', ids, changes.status_time)
}

/** Columns whose change starts, stops or reprices a lease (docs/compat.md#billing-charges). */
const billed = ['status', 'instance_class', 'vcpus_current', 'memory_current'] as const

/**
 * Ends a move: the instances still in `transition` settle in `status` (or keep theirs). Matching
 * on the transition makes a replayed step harmless.
 */
export async function settleInstances(
  tx: Tx,
  ids: readonly string[],
  input: { transition: InstanceTransition; status?: InstanceStatus; at: string },
): Promise<void> {
  if (ids.length === 0) return
  await tx.db
    .updateTable('instances')
    .set({ transition_status: '', status_time: input.at, ...(input.status ? { status: input.status } : {}) })
    .where('instance_id', 'in', [...ids])
    .where('transition_status', '=', input.transition)
    .execute()
  if (input.status) await syncLeases(tx, 'instance', ids, input.at)
}

export interface InstanceFilter {
  scope: Scope
  zone_id: string
  instance_ids?: string[] | undefined
  statuses?: InstanceStatus[] | undefined
  image_ids?: string[] | undefined
  instance_types?: string[] | undefined
  instance_class?: number | undefined
  vcpus_current?: number | undefined
  memory_current?: number | undefined
  os_disk_size?: number | undefined
  search_word?: string | undefined
  tag_ids?: string[] | undefined
  instance_name?: string | undefined
  transition_status?: string | undefined
  /** Only settled instances (Go's `not_transition=1`). */
  settled?: boolean | undefined
  /** Only instances with a NIC in this network. */
  vxnet?: string | undefined
  /** A filter on something qingstack has none of (dedicated hosts): nothing matches. */
  none?: boolean | undefined
}

export const instanceSortKeys = [
  'create_time',
  'status_time',
  'instance_id',
  'instance_name',
  'status',
  'instance_type',
  'vcpus_current',
  'memory_current',
] as const

function filtered(q: Queryable, f: InstanceFilter) {
  let query = instancesMatching(q, f.search_word)
    .where(inScope(f.scope, { id: 'instances.instance_id', owner: 'instances.owner' }))
    .where('instances.zone_id', '=', f.zone_id)
  if (f.none) query = query.where('instances.instance_id', '=', '')
  if (f.instance_ids) query = query.where('instances.instance_id', 'in', f.instance_ids.length ? f.instance_ids : [''])
  // Ceased instances are gone unless asked for by id or status (docs/compat.md#ended-resources).
  if (f.statuses?.length) query = query.where('instances.status', 'in', f.statuses)
  else if (!f.instance_ids) query = query.where('instances.status', '!=', 'ceased')
  if (f.image_ids?.length) query = query.where('instances.image_id', 'in', f.image_ids)
  if (f.instance_types?.length) query = query.where('instances.instance_type', 'in', f.instance_types)
  if (f.instance_class !== undefined) query = query.where('instances.instance_class', '=', f.instance_class)
  if (f.vcpus_current !== undefined) query = query.where('instances.vcpus_current', '=', f.vcpus_current)
  if (f.memory_current !== undefined) query = query.where('instances.memory_current', '=', f.memory_current)
  if (f.os_disk_size !== undefined) query = query.where('instances.os_disk_size', '=', f.os_disk_size)
  if (f.instance_name !== undefined) query = query.where('instances.instance_name', '=', f.instance_name)
  if (f.transition_status !== undefined) query = query.where('instances.transition_status', '=', f.transition_status as InstanceTransition)
  if (f.settled) query = query.where('instances.transition_status', '=', '')
  if (f.search_word) query = query.where(matchesWord('instances.instance_id', 'instances.instance_name', f.search_word))
  if (f.tag_ids?.length) query = query.where(taggedWith('instances.instance_id', f.tag_ids))
  if (f.vxnet !== undefined) {
    const vxnet = f.vxnet
    query = query.where('instances.instance_id', 'in', (eb) =>
      eb.selectFrom('instance_nics').select('instance_nics.instance_id').where('instance_nics.vxnet_id', '=', vxnet),
    )
  }
  return query
}

type InstancePage = SortedPage<(typeof instanceSortKeys)[number]>

export async function describeInstances(
  q: Queryable,
  f: InstanceFilter,
  page: InstancePage,
): Promise<{ rows: InstanceRow[]; total: number }> {
  // A search_word is rewritten into patterns (not a plain value): those queries are built per request.
  if (f.search_word) {
    return pageOf(filtered(q, f), (query) => query.selectAll('instances'), pageRequest(q, f, page))
  }
  const { rows, count } = instancePageQueries(q, { f, page })
  return pageFromRows(page, (await q.executeQuery<InstanceRow>(rows)).rows, async () => (await q.executeQuery(count)).rows[0])
}

function pageRequest(q: Queryable, f: InstanceFilter, page: InstancePage): PageRequest {
  return {
    ...page,
    orderBy: [[`instances.${page.key}`, page.direction]],
    id: 'instances.instance_id',
    // The trigram indexes give every match, which is then sorted: count them in the same query.
    totalInPage: countable(f) ? countedInstances(q, f) : searchesByTrigram(f.search_word) ? 'window' : undefined,
  }
}

/** The page of a DescribeInstances without search_word, compiled once per shape of its filter. */
const instancePageQueries = compiledPerShape(
  (m, { f, page }: { f: InstanceFilter; page: InstancePage }) => ({
    f: {
      scope: markScope(m, f.scope),
      zone_id: m.value(f.zone_id),
      instance_ids: m.list(f.instance_ids),
      statuses: m.list(f.statuses),
      image_ids: m.list(f.image_ids),
      instance_types: m.list(f.instance_types),
      instance_class: m.value(f.instance_class),
      vcpus_current: m.value(f.vcpus_current),
      memory_current: m.value(f.memory_current),
      os_disk_size: m.value(f.os_disk_size),
      search_word: m.shape(f.search_word),
      tag_ids: m.list(f.tag_ids),
      instance_name: m.value(f.instance_name),
      transition_status: m.value(f.transition_status),
      settled: m.shape(f.settled),
      vxnet: m.value(f.vxnet),
      none: m.shape(f.none),
    } satisfies { [K in keyof Required<InstanceFilter>]: InstanceFilter[K] },
    page: { key: m.shape(page.key), direction: m.shape(page.direction), offset: m.value(page.offset), limit: m.value(page.limit) },
  }),
  (q, { f, page }) => {
    const queries = pageQueries(filtered(q, f), (query) => query.selectAll('instances'), pageRequest(q, f, page))
    return { rows: queries.rows, count: queries.count() }
  },
)

/** The filters the counters of migration 061 answer for: the caller's own instances in a zone, by status or not. */
const countedFilters = new Set<string>(['scope', 'zone_id', 'statuses'])

/**
 * Whether total_count can come from the counters: an owner's listing with no filter but status.
 * Any other filter that is set (a field added later included) counts the matches as before.
 */
function countable(f: InstanceFilter): boolean {
  if (f.scope.kind !== 'owner') return false
  for (const [key, value] of Object.entries(f)) {
    if (countedFilters.has(key) || value === undefined || value === false || value === '') continue
    // An empty id list matches nothing; other empty lists filter nothing.
    if (Array.isArray(value) && value.length === 0 && key !== 'instance_ids') continue
    return false
  }
  return true
}

/** The number of instances `filtered` matches, added up from the counters (same status rule). */
function countedInstances(q: Queryable, f: InstanceFilter) {
  if (f.scope.kind !== 'owner') throw new Error('countedInstances: an owner scope only')
  let query = q
    .selectFrom('instance_counts')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('n'), eb.lit(0)).as('n'))
    .where('owner', '=', f.scope.owner)
    .where('zone_id', '=', f.zone_id)
  if (f.statuses?.length) query = query.where('status', 'in', f.statuses)
  else query = query.where('status', '!=', 'ceased')
  return query
}

/** What an owner's instances in a zone hold, for quotas: the recycle bin counts, ceased ones do not. */
export async function instanceUsage(
  q: Queryable,
  owner: string,
  zone_id: string,
): Promise<{ instance: number; cpu: number; memory: number }> {
  const row = await q
    .selectFrom('instances')
    .select((eb) => [
      eb.fn.countAll<number>().as('instance'),
      eb.fn.coalesce(eb.fn.sum<number>('vcpus_current'), eb.lit(0)).as('cpu'),
      eb.fn.coalesce(eb.fn.sum<number>('memory_current'), eb.lit(0)).as('memory'),
    ])
    .where('owner', '=', owner)
    .where('zone_id', '=', zone_id)
    .where('status', '!=', 'ceased')
    .executeTakeFirstOrThrow()
  return { instance: Number(row.instance), cpu: Number(row.cpu), memory: Number(row.memory) }
}
