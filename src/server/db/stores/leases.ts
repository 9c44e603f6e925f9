import { createHash } from 'node:crypto'
import type { Queryable, Tx } from '../database.js'
import type { LeasesTable } from '../schema/leases.js'
import { ofIds } from './ids.js'

export type LeaseRow = LeasesTable
export type LeasedType = LeaseRow['resource_type']

/** What decides a resource's hourly price; the price table reads it (domain/prices.ts `PriceSpec`). */
export type LeaseSpec =
  | { resource_type: 'instance'; instance_class: number; vcpus: number; memory_mb: number }
  | { resource_type: 'volume'; volume_type: number; size: number }
  | { resource_type: 'eip'; billing_mode: string; bandwidth: number }
  | { resource_type: 'router'; router_type: number }

interface Billable {
  resource_id: string
  owner: string
  zone_id: string
  status_time: string
  /** Undefined when the resource accrues nothing in its current state. */
  spec: LeaseSpec | undefined
}

/**
 * What accrues, as QingCloud bills (docs/compat.md#billing-charges): an instance while running, a
 * volume and an EIP while they exist (not pending, deleted or released), a router while active.
 */
const current: Record<LeasedType, (q: Queryable, ids: string[]) => Promise<Billable[]>> = {
  instance: async (q, ids) =>
    (await q.selectFrom('instances').selectAll().where('instance_id', 'in', ids).execute()).map((r) => ({
      resource_id: r.instance_id,
      owner: r.owner,
      zone_id: r.zone_id,
      status_time: r.status_time,
      spec:
        r.status === 'running'
          ? { resource_type: 'instance', instance_class: r.instance_class, vcpus: r.vcpus_current, memory_mb: r.memory_current }
          : undefined,
    })),
  volume: async (q, ids) =>
    (await q.selectFrom('volumes').selectAll().where('volume_id', 'in', ids).execute()).map((r) => ({
      resource_id: r.volume_id,
      owner: r.owner,
      zone_id: r.zone_id,
      status_time: r.status_time,
      spec:
        r.status === 'available' || r.status === 'in-use'
          ? { resource_type: 'volume', volume_type: r.volume_type, size: r.size }
          : undefined,
    })),
  eip: async (q, ids) =>
    (await q.selectFrom('eips').selectAll().where('eip_id', 'in', ids).execute()).map((r) => ({
      resource_id: r.eip_id,
      owner: r.owner,
      zone_id: r.zone_id,
      status_time: r.status_time,
      spec:
        r.status === 'available' || r.status === 'associated'
          ? { resource_type: 'eip', billing_mode: r.billing_mode, bandwidth: r.bandwidth }
          : undefined,
    })),
  router: async (q, ids) =>
    (await q.selectFrom('routers').selectAll().where('router_id', 'in', ids).execute()).map((r) => ({
      resource_id: r.router_id,
      owner: r.owner,
      zone_id: r.zone_id,
      status_time: r.status_time,
      spec: r.status === 'active' ? { resource_type: 'router', router_type: r.router_type } : undefined,
    })),
}

/** `ct-` and 8 characters, the same for the same resource and start (a replayed step writes the same row). */
function contractId(resource_id: string, start_time: string): string {
  return 'ct-' + createHash('sha256').update(`${resource_id}|${start_time}`).digest('base64url').slice(0, 8)
}

/**
 * Brings the leases of these resources in line with their rows, in the transaction that changed
 * them (house rule 6): a lease opens when a resource starts accruing, closes when it stops, and a
 * change of spec closes one and opens the next, all at `at` (the change's time; the row's
 * `status_time` when the caller has none, never before the open lease began). Store writes that
 * change status or size call it, so every transition is recorded whatever the clock does.
 */
export async function syncLeases(tx: Tx, type: LeasedType, ids: readonly string[], at?: string): Promise<void> {
  if (ids.length === 0) return
  const rows = await current[type](tx.db, [...ids])
  const open = new Map(
    (
      await tx.db
        .selectFrom('leases')
        .selectAll()
        .where('resource_id', 'in', [...ids])
        .where('end_time', 'is', null)
        .execute()
    ).map((l) => [l.resource_id, l]),
  )
  const opening = rows.filter((row) => row.spec !== undefined && !open.has(row.resource_id)).map((row) => row.resource_id)
  const lastEnd = new Map(
    opening.length === 0
      ? []
      : (
          await tx.db
            .selectFrom('leases')
            .select(['resource_id', (eb) => eb.fn.max('end_time').as('end_time')])
            .where('resource_id', 'in', opening)
            .groupBy('resource_id')
            .execute()
        ).map((l) => [l.resource_id, l.end_time]),
  )
  for (const row of rows) {
    const lease = open.get(row.resource_id)
    const spec = row.spec === undefined ? undefined : JSON.stringify(row.spec)
    if (lease?.spec === spec) continue
    let when = at ?? row.status_time
    // A clock set back never makes two leases of one resource overlap (nor charges an hour twice).
    const ended = lastEnd.get(row.resource_id)
    if (ended && when < ended) when = ended
    if (lease) {
      if (when < lease.start_time) when = lease.start_time
      // A lease closed the instant it opened accrued nothing: it is dropped, so the next may take its id.
      if (when === lease.start_time) await tx.db.deleteFrom('leases').where('contract_id', '=', lease.contract_id).execute()
      else await tx.db.updateTable('leases').set({ end_time: when }).where('contract_id', '=', lease.contract_id).execute()
    }
    if (spec === undefined) continue
    await tx.db
      .insertInto('leases')
      .values({
        contract_id: contractId(row.resource_id, when),
        resource_id: row.resource_id,
        resource_type: type,
        owner: row.owner,
        zone_id: row.zone_id,
        spec,
        start_time: when,
        end_time: null,
      })
      .execute()
  }
}

/** Every lease of these resources, oldest first. */
export async function leasesOf(q: Queryable, resource_ids: readonly string[]): Promise<LeaseRow[]> {
  return ofIds(resource_ids, (list) => q.selectFrom('leases').selectAll().where('resource_id', 'in', list).orderBy('start_time').execute())
}

export interface LeaseFilter {
  owners?: readonly string[] | undefined
  resource_ids?: readonly string[] | undefined
  resource_types?: readonly string[] | undefined
  zone_ids?: readonly string[] | undefined
  /** Only leases that ran at some time after this. */
  endingAfter?: string | undefined
  /** Only leases that began before this. */
  startingBefore?: string | undefined
}

/** The leases matching every filter given, oldest first. */
export async function findLeases(q: Queryable, f: LeaseFilter): Promise<LeaseRow[]> {
  let query = q.selectFrom('leases').selectAll()
  const among = (list: readonly string[] | undefined) => (list && list.length > 0 ? [...list] : [''])
  if (f.owners) query = query.where('owner', 'in', among(f.owners))
  if (f.resource_ids) query = query.where('resource_id', 'in', among(f.resource_ids))
  if (f.resource_types) query = query.where('resource_type', 'in', among(f.resource_types) as LeasedType[])
  if (f.zone_ids) query = query.where('zone_id', 'in', among(f.zone_ids))
  if (f.endingAfter !== undefined) {
    const after = f.endingAfter
    query = query.where((eb) => eb.or([eb('end_time', 'is', null), eb('end_time', '>', after)]))
  }
  if (f.startingBefore !== undefined) query = query.where('start_time', '<', f.startingBefore)
  return query.orderBy('start_time').orderBy('contract_id').execute()
}

/** The names of these resources, from their own tables (a lease outlives nothing but its name may change). */
export async function leasedNames(q: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  if (ids.length === 0) return out
  const list = [...ids]
  for (const r of await q
    .selectFrom('instances')
    .select(['instance_id as id', 'instance_name as name'])
    .where('instance_id', 'in', list)
    .execute())
    out.set(r.id, r.name)
  for (const r of await q.selectFrom('volumes').select(['volume_id as id', 'volume_name as name']).where('volume_id', 'in', list).execute())
    out.set(r.id, r.name)
  for (const r of await q.selectFrom('eips').select(['eip_id as id', 'eip_name as name']).where('eip_id', 'in', list).execute())
    out.set(r.id, r.name)
  for (const r of await q.selectFrom('routers').select(['router_id as id', 'router_name as name']).where('router_id', 'in', list).execute())
    out.set(r.id, r.name)
  return out
}

/** The current items of these projects, with their type. */
export async function projectItemsOf(
  q: Queryable,
  project_ids: readonly string[],
): Promise<Array<{ project_id: string; resource_id: string; resource_type: string; zone_id: string }>> {
  return ofIds(project_ids, (list) =>
    q
      .selectFrom('project_resource_items')
      .select(['project_id', 'resource_id', 'resource_type', 'zone_id'])
      .where('project_id', 'in', list)
      .execute(),
  )
}
