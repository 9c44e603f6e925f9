import type { Queryable, Tx } from '../database.js'
import type { VxnetsTable } from '../schema/network.js'
import { pageOf, type SortedPage } from './paging.js'
import { inScope, type Scope } from './scope.js'
import { matchesWord } from './search.js'
import { taggedWith } from './tags.js'
import { ofIds } from './ids.js'

export type VxnetRow = VxnetsTable

export async function insertVxnets(tx: Tx, rows: VxnetRow[]): Promise<void> {
  if (rows.length > 0) await tx.db.insertInto('vxnets').values(rows).execute()
}

export async function findVxnets(q: Queryable, ids: readonly string[]): Promise<VxnetRow[]> {
  return ofIds(ids, (list) => q.selectFrom('vxnets').selectAll().where('vxnet_id', 'in', list).execute())
}

export async function updateVxnets(tx: Tx, ids: readonly string[], changes: Partial<VxnetRow>): Promise<void> {
  if (ids.length > 0)
    await tx.db
      .updateTable('vxnets')
      .set(changes)
      .where('vxnet_id', 'in', [...ids])
      .execute()
}

export async function deleteVxnets(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0)
    await tx.db
      .deleteFrom('vxnets')
      .where('vxnet_id', 'in', [...ids])
      .execute()
}

export interface VxnetFilter {
  scope: Scope
  zone_id: string
  vxnet_ids?: string[] | undefined
  vxnet_type?: number | undefined
  search_word?: string | undefined
  tag_ids?: string[] | undefined
}

export const vxnetSortKeys = ['create_time', 'vxnet_id', 'vxnet_name'] as const

export async function describeVxnets(
  q: Queryable,
  f: VxnetFilter,
  page: SortedPage<(typeof vxnetSortKeys)[number]>,
): Promise<{ rows: VxnetRow[]; total: number }> {
  let query = q
    .selectFrom('vxnets')
    .where(inScope(f.scope, { id: 'vxnets.vxnet_id', owner: 'vxnets.owner' }))
    .where('zone_id', '=', f.zone_id)
  if (f.vxnet_ids) query = query.where('vxnet_id', 'in', f.vxnet_ids.length ? f.vxnet_ids : [''])
  if (f.vxnet_type !== undefined) query = query.where('vxnet_type', '=', f.vxnet_type)
  if (f.search_word) query = query.where(matchesWord('vxnet_id', 'vxnet_name', f.search_word))
  if (f.tag_ids?.length) query = query.where(taggedWith('vxnets.vxnet_id', f.tag_ids))
  return pageOf(query, (s) => s.selectAll('vxnets'), {
    ...page,
    orderBy: [[`vxnets.${page.key}`, page.direction]],
    id: 'vxnets.vxnet_id',
  })
}

/** VxNets joined to these routers, by router then join time. */
export async function vxnetsOfRouters(q: Queryable, routerIds: readonly string[]): Promise<VxnetRow[]> {
  return ofIds(routerIds, (list) =>
    q
      .selectFrom('vxnets')
      .selectAll()
      .where('router_id', 'in', list)
      .orderBy('router_id')
      .orderBy('join_time')
      .orderBy('vxnet_id')
      .execute(),
  )
}

/** The NICs of one network of a zone, with their instances, for DescribeVxnetInstances. */
export async function nicsInVxnet(
  q: Queryable,
  f: {
    /** Which instances to list; undefined: all of them, whoever owns them. */
    scope: Scope | undefined
    zone_id: string
    vxnet_id: string
    instance_ids?: string[] | undefined
    instance_types?: string[] | undefined
    statuses?: string[] | undefined
    image_ids?: string[] | undefined
  },
  page: { offset: number; limit: number },
) {
  let query = q
    .selectFrom('instance_nics')
    .innerJoin('instances', 'instances.instance_id', 'instance_nics.instance_id')
    .where('instance_nics.zone_id', '=', f.zone_id)
    .where('instance_nics.vxnet_id', '=', f.vxnet_id)
  if (f.scope) query = query.where(inScope(f.scope, { id: 'instances.instance_id', owner: 'instances.owner' }))
  if (f.instance_ids) query = query.where('instances.instance_id', 'in', f.instance_ids.length ? f.instance_ids : [''])
  if (f.instance_types?.length) query = query.where('instances.instance_type', 'in', f.instance_types)
  if (f.statuses?.length) query = query.where('instances.status', 'in', f.statuses as never)
  if (f.image_ids?.length) query = query.where('instances.image_id', 'in', f.image_ids)
  return pageOf(
    query,
    (s) =>
      s.selectAll('instances').select(['instance_nics.nic_id', 'instance_nics.private_ip', 'instance_nics.role', 'instance_nics.vxnet_id']),
    {
      ...page,
      orderBy: [['instance_nics.create_time', 'asc']],
      id: 'instance_nics.nic_id',
    },
  )
}

/** Which of these networks have NICs (instances or routers in them), and how many each. */
export async function nicCounts(q: Queryable, zone_id: string, vxnetIds: readonly string[]): Promise<Map<string, number>> {
  if (vxnetIds.length === 0) return new Map()
  const rows = await q
    .selectFrom('instance_nics')
    .select(['vxnet_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('zone_id', '=', zone_id)
    .where('vxnet_id', 'in', [...vxnetIds])
    .groupBy('vxnet_id')
    .execute()
  return new Map(rows.map((r) => [r.vxnet_id, Number(r.n)]))
}

/** The instances with a NIC in each network (verbose DescribeVxnets). */
export async function instanceIdsInVxnets(
  q: Queryable,
  zone_id: string,
  vxnetIds: readonly string[],
): Promise<Array<{ vxnet_id: string; instance_id: string }>> {
  return ofIds(vxnetIds, (list) =>
    q
      .selectFrom('instance_nics')
      .select(['vxnet_id', 'instance_id'])
      .where('zone_id', '=', zone_id)
      .where('vxnet_id', 'in', list)
      .orderBy('create_time')
      .orderBy('nic_id')
      .execute(),
  )
}
