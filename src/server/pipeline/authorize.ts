import type { AnyAction } from '../../protocol/define.js'
import { ApiError } from '../../protocol/errors.js'
import { idsNamedIn, type ParamShape } from '../../protocol/params.js'
import { parentTypes } from '../../protocol/project-items.js'
import { typeOfSetKey } from '../../protocol/resource-types/index.js'
import { resourceTypes, type ResourceType } from '../../protocol/resources.js'
import type { Caller } from '../actions/types.js'
import type { Queryable } from '../db/database.js'
import { accessTo, memberProjectsOf, parentsOf, projectsOfEntities, type ProjectAccess } from '../db/stores/project-access.js'
import { findResources, type ResourceRow } from '../db/stores/resources.js'
import type { Scope } from '../db/stores/scope.js'
import { joinableTypes, neededPolicy, projectEntityTypes, ruleGrants, type Need } from '../domain/projects.js'
import { releasableBy, requireOneOwner, unbindIds } from '../services/binding.js'

/** What the authorize stage decided: the Describe* scope, and the project new resources join. */
export interface Authorized {
  scope: Scope
  /**
   * Set when the request names a project (`project_id`): resources it creates become its items.
   * `owner` is undefined when no such project exists.
   */
  createIn?: { project_id: string; owner: string | undefined }
}

/**
 * Decides, before any handler runs, what the caller may touch (docs/projects.md). A caller may do
 * anything to its own resources. Every id a `p.id(type)` parameter names is looked up in the
 * resource registry; one that is someone else's is allowed only when it is an item of a project
 * the caller is a member of and the member's role has an enabled rule granting this action on it
 * (1400 otherwise), or when the action undoes a binding to a resource the caller owns. Outside
 * such a project it reads as unknown (2100, as the handler answers for ids that never existed).
 * What a binding action binds must have one owner (services/binding.ts). `project_id` on an action of
 * another service targets a project: a Describe* then lists that project's items (the caller
 * must be its owner or a member whose role grants the listing), a creation adds to it (owner
 * only). The Project service's own actions are checked against the 2.7 table of the spec.
 * An owner acting on its own resources costs the one registry query it always did.
 */
export async function authorize(
  descriptor: AnyAction,
  values: Record<string, unknown>,
  caller: Caller,
  db: Queryable,
  requestedProject?: string,
): Promise<Authorized> {
  const own: Scope = { kind: 'owner', owner: caller.user_id }
  if (descriptor.callers === 'root' && caller.role !== 'root') {
    throw new ApiError('PermissionDenied', {
      reason: `${descriptor.name} is for the root user alone, not user [${caller.user_id}]`,
    })
  }
  // qingstack's own controls are not project items: their handlers decide what a caller sees.
  if (descriptor.service === 'qingstack') return { scope: own }
  const { resource, operation } = descriptor.permission
  if (projectEntityTypes.has(resource)) {
    await authorizeProjectService(descriptor, values, caller, db)
    return { scope: own }
  }
  const applies = requestedProject !== undefined && projectApplies(descriptor)
  if (resource === 'job' && operation === 'describe' && requestedProject !== undefined) {
    return { scope: await projectJobsScope(descriptor, values, caller, db, requestedProject) }
  }
  if (operation === 'describe') {
    if (!applies) return { scope: own }
    const target = await targetProject(descriptor, caller, db, requestedProject)
    if (target.owner !== caller.user_id) {
      requireGrant(
        target,
        { action: descriptor.name, resource_type: resource, declared: resource, operation },
        `${descriptor.name} is not allowed in project [${target.project_id}]`,
      )
    }
    const ownerFilter = typeof values.owner === 'string' ? { ownerFilter: values.owner } : {}
    return { scope: { kind: 'project', owner: caller.user_id, project_id: target.project_id, ...ownerFilter } }
  }
  const named = namedIds(descriptor.params as ParamShape, values)
  const rows = await findResources(db, [...named.keys()])
  const foreign = rows.filter((row) => row.owner !== caller.user_id)
  if (foreign.length > 0) {
    // A part of a security group or router is shared through its parent, which is the item.
    const parents = await parentsOf(db, foreign)
    const itemOf = (row: ResourceRow) => parents.get(row.resource_id) ?? row.resource_id
    const memberships = await memberProjectsOf(db, caller.user_id, foreign.map(itemOf))
    const access = await accessTo(db, caller.user_id, [...new Set(memberships.map((m) => m.project_id))])
    const releasable = descriptor.unbinds ? await releasableBy(db, caller.user_id, unbindIds(descriptor, values)) : new Set<string>()
    const projectsOf = (row: ResourceRow) => memberships.filter((m) => m.resource_id === itemOf(row)).map((m) => access.get(m.project_id)!)
    for (const row of foreign) {
      // The owner of one side of a binding may undo it, whoever owns the other side. Anything
      // else outside the caller's projects reads as an id that never existed, before any rule
      // is weighed (docs/compat.md#foreign-ids-read-as-unknown).
      if (projectsOf(row).length === 0 && !releasable.has(row.resource_id)) {
        throw new ApiError('ResourceNotFound', { resource: resourceTypes[row.resource_type].label, id: row.resource_id })
      }
    }
    for (const row of foreign) {
      const label = resourceTypes[row.resource_type].label
      const projects = projectsOf(row)
      if (projects.length === 0) continue
      if (descriptor.permission.owner_only) {
        throw new ApiError('PermissionDenied', {
          reason: `${descriptor.name} is not allowed on ${label} [${row.resource_id}]: only its owner may`,
        })
      }
      const need: Need = {
        action: descriptor.name,
        resource_type: parentTypes[row.resource_type] ?? row.resource_type,
        declared: resource,
        operation,
      }
      if (!projects.some((p) => grants(p, need))) {
        requireGrant(
          projects[0]!,
          need,
          `${descriptor.name} is not allowed on ${label} [${row.resource_id}] in project [${projects[0]!.project_id}]`,
        )
      }
    }
  }
  requireOneOwner(descriptor, values, new Map(rows.map((row) => [row.resource_id, row.owner])), caller.user_id)
  if (!applies) return { scope: own }
  // Only a creation cares about the project (registerResources checks it): other actions ignore it.
  const target = (await accessTo(db, caller.user_id, [requestedProject])).get(requestedProject)
  return { scope: own, createIn: { project_id: requestedProject, owner: target?.owner } }
}

/**
 * Jobs are never items: a project's jobs are those about its items (docs/compat.md#project-jobs).
 * The owner sees them all; a member those about items of the types its role may describe.
 */
async function projectJobsScope(
  descriptor: AnyAction,
  values: Record<string, unknown>,
  caller: Caller,
  db: Queryable,
  project_id: string,
): Promise<Scope> {
  const target = await targetProject(descriptor, caller, db, project_id)
  const scope: Scope = {
    kind: 'project',
    owner: caller.user_id,
    project_id,
    ...(typeof values.owner === 'string' ? { ownerFilter: values.owner } : {}),
  }
  if (target.owner === caller.user_id) return scope
  const { name, permission } = descriptor
  const itemTypes = [...joinableTypes].filter((type) =>
    grants(target, { action: name, resource_type: type, declared: permission.resource, operation: 'describe' }),
  )
  if (itemTypes.length === 0) {
    requireGrant(
      target,
      { action: name, resource_type: 'all', declared: permission.resource, operation: 'describe' },
      `${name} is not allowed in project [${project_id}]`,
    )
  }
  return { ...scope, itemTypes }
}

/**
 * Whether `project_id` applies to the action at all (docs/compat.md#project-id-on-iaas): not to
 * types that never join a project, nor to Describe* actions that list something else
 * (DescribeInstanceTypes is about instances).
 */
export function projectApplies(descriptor: AnyAction): boolean {
  const { resource, operation } = descriptor.permission
  return joinableTypes.has(resource) && (operation !== 'describe' || listsItemsOf(descriptor, resource))
}

/** Whether a Describe* lists `resource`s, or parts of them (a security group's rules, a router's statics). */
function listsItemsOf(descriptor: AnyAction, resource: ResourceType | 'monitor'): boolean {
  return Object.keys(descriptor.response).some((key) => {
    const listed = typeOfSetKey.get(key)
    return listed !== undefined && (listed === resource || parentTypes[listed] === resource)
  })
}

/** The project `project_id` names; 2100 when unknown, 1400 when the caller is not in it. */
async function targetProject(descriptor: AnyAction, caller: Caller, db: Queryable, project_id: string): Promise<ProjectAccess> {
  const access = (await accessTo(db, caller.user_id, [project_id])).get(project_id)
  if (!access) throw new ApiError('ResourceNotFound', { resource: 'project', id: project_id })
  if (access.owner !== caller.user_id && !access.member) {
    throw new ApiError('PermissionDenied', {
      reason: `${descriptor.name} is not allowed in project [${project_id}]: user [${caller.user_id}] is not a member`,
    })
  }
  return access
}

function grants(access: ProjectAccess, need: Need): boolean {
  return !!access.member?.rules.some((rule) => ruleGrants(rule, need))
}

function requireGrant(access: ProjectAccess, need: Need, denied: string): void {
  if (grants(access, need)) return
  const role = access.member ? `role [${access.member.role}]` : 'the caller'
  throw new ApiError('PermissionDenied', { reason: `${denied}: ${role} has no enabled rule granting ${neededPolicy(need)}` })
}

/**
 * The Project service (docs/compat.md#project-service-permissions): any member may read its project; changing roles,
 * rules, members or the project takes `all.project_manage` (owner, project admin); `owner_only`
 * actions take the owner. Lists in Describe* are filtered by the handlers instead.
 */
async function authorizeProjectService(
  descriptor: AnyAction,
  values: Record<string, unknown>,
  caller: Caller,
  db: Queryable,
): Promise<void> {
  const { resource, operation, owner_only } = descriptor.permission
  let projectIds: string[]
  if (operation === 'describe') {
    projectIds = typeof values.project_id === 'string' ? [values.project_id] : []
  } else {
    const named = [...namedIds(descriptor.params as ParamShape, values)]
      .filter(([, type]) => projectEntityTypes.has(type))
      .map(([id]) => id)
    projectIds = [...new Set((await projectsOfEntities(db, named)).values())]
  }
  const access = await accessTo(db, caller.user_id, projectIds)
  for (const project_id of projectIds) {
    const project = access.get(project_id)
    if (!project || project.owner === caller.user_id) continue // unknown: the handler answers 2100
    const denied = `${descriptor.name} is not allowed in project [${project_id}]`
    if (owner_only) throw new ApiError('PermissionDenied', { reason: `${denied}: only its owner [${project.owner}] may` })
    if (!project.member) throw new ApiError('PermissionDenied', { reason: `${denied}: user [${caller.user_id}] is not a member` })
    if (operation !== 'describe')
      requireGrant(project, { action: descriptor.name, resource_type: resource, declared: resource, operation }, denied)
  }
}

/** Every id the parameters name (`idsNamedIn`: typed ids and `mayName` texts, in scalars, lists and objects), with its type. */
export function namedIds(params: ParamShape, values: Record<string, unknown>): Map<string, ResourceType | 'any'> {
  const found = new Map<string, ResourceType | 'any'>()
  for (const [name, spec] of Object.entries(params))
    for (const named of idsNamedIn(name, spec, values[name])) found.set(named.id, named.resource)
  return found
}
