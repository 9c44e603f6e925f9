import type { Queryable, Tx } from '../database.js'
import type { ProjectResourceItemsTable } from '../schema/projects.js'
import { pageOf } from './paging.js'
import { visibleProject } from './projects.js'
import { idListQuery } from './ids.js'

export type ItemRow = ProjectResourceItemsTable

/** Adds items; one already in the project stays as it was (adding is idempotent, docs/compat.md#joinable-resources). */
export async function insertItems(tx: Tx, rows: readonly ItemRow[]): Promise<void> {
  if (rows.length === 0) return
  await tx.db
    .insertInto('project_resource_items')
    .values([...rows])
    .onConflict((oc) => oc.columns(['project_id', 'resource_id']).doNothing())
    .execute()
}

export async function deleteItems(tx: Tx, project_ids: readonly string[], resource_ids: readonly string[]): Promise<void> {
  if (project_ids.length === 0 || resource_ids.length === 0) return
  await tx.db
    .deleteFrom('project_resource_items')
    .where('project_id', 'in', [...project_ids])
    .where('resource_id', 'in', [...resource_ids])
    .execute()
}

/** Deleted resources leave every project they were in. */
export async function deleteItemsOf(tx: Tx, resource_ids: readonly string[]): Promise<void> {
  if (resource_ids.length > 0)
    await tx.db
      .deleteFrom('project_resource_items')
      .where('resource_id', 'in', [...resource_ids])
      .execute()
}

/** The project memberships of these resources. */
export const itemsOf: (q: Queryable, resource_ids: readonly string[]) => Promise<ItemRow[]> = idListQuery((q, list) =>
  q.selectFrom('project_resource_items').selectAll().where('resource_id', 'in', list),
)

export interface ItemFilter {
  user_id: string
  project_ids?: string[] | undefined
  resource_ids?: string[] | undefined
  resource_types?: string[] | undefined
  owner?: string | undefined
  zone_id?: string | undefined
}

/** Items of projects the user owns or is a member of (docs/compat.md#project-resource-items), oldest membership last. */
export async function describeItems(q: Queryable, f: ItemFilter, page: { offset: number; limit: number; direction: 'asc' | 'desc' }) {
  let query = q
    .selectFrom('project_resource_items as i')
    .innerJoin('projects as p', 'p.project_id', 'i.project_id')
    .where(visibleProject('i.project_id', f.user_id))
  if (f.project_ids) query = query.where('i.project_id', 'in', f.project_ids.length ? f.project_ids : [''])
  if (f.resource_ids) query = query.where('i.resource_id', 'in', f.resource_ids.length ? f.resource_ids : [''])
  if (f.resource_types?.length) query = query.where('i.resource_type', 'in', f.resource_types)
  if (f.owner !== undefined) query = query.where('i.owner', '=', f.owner)
  if (f.zone_id !== undefined) query = query.where('i.zone_id', '=', f.zone_id)
  return pageOf(query, (qq) => qq.selectAll('i').select(['p.project_name', 'p.meta', 'p.resource_group_id', 'p.owner as project_owner']), {
    ...page,
    orderBy: [['i.create_time', page.direction]],
    id: 'i.resource_id',
  })
}

/** Distinct zones of a project's items, sorted, empty zones left out (docs/compat.md#project-statistics). */
export async function itemZones(q: Queryable, project_id: string): Promise<string[]> {
  const rows = await q
    .selectFrom('project_resource_items')
    .select('zone_id')
    .distinct()
    .where('project_id', '=', project_id)
    .where('zone_id', '!=', '')
    .orderBy('zone_id')
    .execute()
  return rows.map((r) => r.zone_id)
}

export async function itemCount(q: Queryable, project_id: string): Promise<number> {
  const row = await q
    .selectFrom('project_resource_items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('project_id', '=', project_id)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/**
 * A project's usage from its current items (docs/compat.md#project-statistics): instances and volumes that
 * still exist. EIPs count once the network service registers them as items of type `eip`.
 */
export async function projectUsage(q: Queryable, project_id: string) {
  const items = (eb: Queryable) => eb.selectFrom('project_resource_items').select('resource_id').where('project_id', '=', project_id)
  const instances = await q
    .selectFrom('instances')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.coalesce(eb.fn.sum<number>('vcpus_current'), eb.val(0)).as('vcpus'),
      eb.fn.coalesce(eb.fn.sum<number>('memory_current'), eb.val(0)).as('memory'),
    ])
    .where('instance_id', 'in', items(q))
    .where('status', 'not in', ['terminated', 'ceased'])
    .executeTakeFirstOrThrow()
  const volumes = await q
    .selectFrom('volumes')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.coalesce(eb.fn.sum<number>('size'), eb.val(0)).as('size')])
    .where('volume_id', 'in', items(q))
    .where('status', 'not in', ['deleted', 'ceased'])
    .executeTakeFirstOrThrow()
  const eips = await q
    .selectFrom('project_resource_items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('project_id', '=', project_id)
    .where('resource_type', '=', 'eip')
    .executeTakeFirstOrThrow()
  return {
    instance_count: Number(instances.n),
    vcpus_count: Number(instances.vcpus),
    memory_sum: Number(instances.memory),
    volume_count: Number(volumes.n),
    volume_size: Number(volumes.size),
    eip_count: Number(eips.n),
  }
}
