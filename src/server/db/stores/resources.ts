import { sql } from 'kysely'
import { ApiError } from '../../../protocol/errors.js'
import { joinableTypes } from '../../../protocol/project-items.js'
import type { Queryable, Tx } from '../database.js'
import type { ResourcesTable } from '../schema/resources.js'
import { deleteItemsOf, insertItems } from './project-items.js'
import { ofIds } from './ids.js'

export type ResourceRow = ResourcesTable

/**
 * The project a request's new resources join (the request named `project_id`): `owner` is
 * undefined when no such project exists. The pipeline puts it in the handler context; handlers
 * pass that context on to `registerNew`, so what a registration joins is visible at the call.
 */
export interface CreationProject {
  project_id: string
  owner: string | undefined
  caller: string
}

/** What a registration needs of the handler context: the transaction and the creation project. */
export interface Registrar {
  tx: Tx
  createIn: CreationProject | undefined
}

/**
 * Every resource store calls this when it creates a resource, in the same transaction. In a
 * project context the new resources of joinable types become its items; only the project's owner
 * may create there (docs/compat.md#project-id-on-iaas), anyone else's request fails as a whole.
 */
export async function registerResources({ tx, createIn: target }: Registrar, rows: ResourceRow[]): Promise<void> {
  if (rows.length === 0) return
  await tx.db.insertInto('resources').values(rows).execute()
  const joining = target ? rows.filter((r) => joinableTypes.has(r.resource_type)) : []
  if (!target || joining.length === 0) return
  if (target.owner === undefined) throw new ApiError('ResourceNotFound', { resource: 'project', id: target.project_id })
  if (target.caller !== target.owner) {
    throw new ApiError('PermissionDenied', {
      reason: `only the owner [${target.owner}] of project [${target.project_id}] may create resources in it`,
    })
  }
  await insertItems(
    tx,
    joining.map((r) => ({
      project_id: target.project_id,
      resource_id: r.resource_id,
      resource_type: r.resource_type,
      zone_id: r.zone_id,
      owner: r.owner,
      create_time: r.create_time,
    })),
  )
}

export async function findResources(q: Queryable, ids: readonly string[]): Promise<ResourceRow[]> {
  return ofIds(ids, (list) => q.selectFrom('resources').selectAll().where('resource_id', 'in', list).execute())
}

/**
 * Deleted (not merely terminated) resources leave the registry with their rows; what they were
 * stays in `removed_resources`, from `removed_time` until the worker forgets it
 * (docs/compat.md#describe-removed-ids).
 */
export async function unregisterResources(tx: Tx, ids: readonly string[], removed_time: string): Promise<void> {
  if (ids.length === 0) return
  const kept = ['resource_id', 'resource_type', 'owner', 'zone_id'] as const
  await tx.db
    .insertInto('removed_resources')
    .columns([...kept, 'removed_time'])
    .expression(
      tx.db
        .selectFrom('resources')
        .select([...kept, sql<string>`cast(${removed_time} as text)`.as('removed_time')])
        .where('resource_id', 'in', [...ids]),
    )
    .onConflict((oc) => oc.column('resource_id').doNothing())
    .execute()
  await tx.db
    .deleteFrom('resources')
    .where('resource_id', 'in', [...ids])
    .execute()
  await deleteItemsOf(tx, ids)
}

/** Registers several new resources of one type, owner and zone. */
export async function registerNew(
  registrar: Registrar,
  resource_type: ResourceRow['resource_type'],
  ids: readonly string[],
  where: { owner: string; zone_id: string; create_time: string },
): Promise<void> {
  await registerResources(
    registrar,
    ids.map((resource_id) => ({ resource_id, resource_type, ...where })),
  )
}

/** Which of `ids` `owner` deleted in `zone` (each gone with no row of its own). */
export async function removedBy(q: Queryable, ids: readonly string[], where: { owner: string; zone_id: string }): Promise<string[]> {
  if (ids.length === 0) return []
  const rows = await q
    .selectFrom('removed_resources')
    .select('resource_id')
    .where('resource_id', 'in', [...ids])
    .where('owner', '=', where.owner)
    .where('zone_id', '=', where.zone_id)
    .execute()
  return rows.map((row) => row.resource_id)
}

/** Forgets the deletions made at or before `cutoff` (they have stayed the recycle-bin window); returns how many. */
export async function forgetRemovedBefore(tx: Tx, cutoff: string): Promise<number> {
  const result = await tx.db.deleteFrom('removed_resources').where('removed_time', '<=', cutoff).executeTakeFirst()
  return Number(result.numDeletedRows)
}
