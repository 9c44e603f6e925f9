import { ApiError } from '../../../protocol/errors.js'
import { joinableTypes } from '../../../protocol/project-items.js'
import type { Queryable, Tx } from '../database.js'
import type { ResourcesTable } from '../schema/resources.js'
import { deleteItemsOf, insertItems } from './project-items.js'

export type ResourceRow = ResourcesTable

/**
 * The project a request's new resources join, per transaction (set by the pipeline when the
 * request names `project_id`). Kept beside the registry so that every action that registers what
 * it creates joins the project without knowing about projects.
 */
const creationProjects = new WeakMap<Tx, { project_id: string; owner: string | undefined; caller: string }>()

export function createInProject(tx: Tx, target: { project_id: string; owner: string | undefined; caller: string }): void {
  creationProjects.set(tx, target)
}

export interface RegisterOptions {
  /**
   * false for what a request creates on the account's behalf rather than as its result (the
   * default security group made on first need): it stays out of the request's project.
   */
  joinsProject?: boolean
}

/**
 * Every resource store calls this when it creates a resource, in the same transaction. In a
 * project context the new resources of joinable types become its items; only the project's owner
 * may create there (docs/compat.md#project-id-on-iaas), anyone else's request fails as a whole.
 */
export async function registerResources(tx: Tx, rows: ResourceRow[], options: RegisterOptions = {}): Promise<void> {
  if (rows.length === 0) return
  await tx.db.insertInto('resources').values(rows).execute()
  const target = options.joinsProject === false ? undefined : creationProjects.get(tx)
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
    joining.map((r) => ({ project_id: target.project_id, resource_id: r.resource_id, resource_type: r.resource_type, zone_id: r.zone_id, owner: r.owner, create_time: r.create_time })),
  )
}

export async function findResources(q: Queryable, ids: readonly string[]): Promise<ResourceRow[]> {
  if (ids.length === 0) return []
  return q.selectFrom('resources').selectAll().where('resource_id', 'in', [...ids]).execute()
}

/** Deleted (not merely terminated) resources leave the registry with their rows. */
export async function unregisterResources(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return
  await tx.db.deleteFrom('resources').where('resource_id', 'in', [...ids]).execute()
  await deleteItemsOf(tx, ids)
}

/** Registers several new resources of one type, owner and zone. */
export async function registerNew(
  tx: Tx,
  resource_type: ResourceRow['resource_type'],
  ids: readonly string[],
  where: { owner: string; zone_id: string; create_time: string },
  options: RegisterOptions = {},
): Promise<void> {
  await registerResources(
    tx,
    ids.map((resource_id) => ({ resource_id, resource_type, ...where })),
    options,
  )
}
