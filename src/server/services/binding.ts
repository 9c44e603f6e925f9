import type { AnyAction } from '../../protocol/define.js'
import { ApiError } from '../../protocol/errors.js'
import { idsNamedIn, type NamedId, type ParamShape } from '../../protocol/params.js'
import { resourceTypeOfId, resourceTypes } from '../../protocol/resources.js'
import type { Queryable } from '../db/database.js'
import { bindingsOf, crossOwnerBindings } from '../db/stores/bindings.js'

/**
 * One owner per binding (docs/compat.md#one-owner-per-binding). Resources bound together (a key
 * pair or a volume to an instance, a group, an EIP or a VxNet to an instance or a router, a tag
 * to a resource) always have one owner, so no user's change to its own resource reaches another
 * user's, and a member acting in a project binds the project owner's resources only. The owner of
 * either side may always undo a binding, whoever owns the other side.
 */

/** The ids the `unbinds` parameters of an action name. */
export function unbindIds(descriptor: AnyAction, values: Record<string, unknown>): string[] {
  const params = descriptor.params as ParamShape
  return (descriptor.unbinds ?? []).flatMap((name) => idsNamedIn(name, params[name]!, values[name])).map((n) => n.id)
}

function labelOf(id: string): string {
  const type = resourceTypeOfId(id)
  return type ? resourceTypes[type].label : 'resource'
}

/**
 * 1400 naming the parameter unless every resource a binding action binds has one owner (`owners`:
 * the registry's owner of each id; ids it does not hold, such as vxnet-0, are left out). With
 * `toNew` the owner is the caller, whose new resources the action binds them to. An `objects`
 * parameter (AttachTags' pairs) binds within each object.
 */
export function requireOneOwner(
  descriptor: AnyAction,
  values: Record<string, unknown>,
  owners: ReadonlyMap<string, string>,
  caller: string,
): void {
  const binds = descriptor.binds
  if (!binds) return
  const params = descriptor.params as ParamShape
  const common: NamedId[] = []
  const perObject: NamedId[][] = []
  for (const name of binds.params) {
    const spec = params[name]!
    const { kind, fields } = spec.state
    if (kind === 'objects' && fields && Array.isArray(values[name])) {
      for (const [i, object] of (values[name] as Array<Record<string, unknown>>).entries()) {
        perObject.push(
          Object.entries(fields).flatMap(([field, f]) =>
            Object.hasOwn(object, field) ? idsNamedIn(`${name}.${i + 1}.${field}`, f, object[field]) : [],
          ),
        )
      }
    } else common.push(...idsNamedIn(name, spec, values[name]))
  }
  const groups = perObject.length > 0 ? perObject.map((group) => [...common, ...group]) : [common]
  for (const group of groups) {
    const known = group.filter((n) => owners.has(n.id))
    const anchor = binds.toNew ? undefined : known[0]
    const owner = anchor ? owners.get(anchor.id)! : caller
    const other = known.find((n) => owners.get(n.id) !== owner)
    if (!other) continue
    const whose = anchor
      ? `whose owner is not that of ${labelOf(anchor.id)} [${anchor.id}]`
      : `which is not the caller's own, as what ${descriptor.name} creates is`
    throw new ApiError('PermissionDenied', {
      reason: `${descriptor.name} binds resources of one owner only: parameter [${other.param}] names ${labelOf(other.id)} [${other.id}], ${whose}`,
    })
  }
}

/** Of `ids`, those bound to a resource `user` owns: the owner of one side may always undo a binding. */
export async function releasableBy(q: Queryable, user: string, ids: readonly string[]): Promise<Set<string>> {
  const wanted = new Set(ids)
  const out = new Set<string>()
  for (const b of await bindingsOf(q, ids)) {
    if (wanted.has(b.a) && b.b_owner === user) out.add(b.a)
    if (wanted.has(b.b) && b.a_owner === user) out.add(b.b)
  }
  return out
}

/**
 * Bindings made before this rule whose sides have different owners: logged at start, one line
 * each (ids and owners), and left as they are for either owner to undo. Returns how many.
 */
export async function reportCrossOwnerBindings(q: Queryable, logger: { warn(fields: object, message: string): void }): Promise<number> {
  const found = await crossOwnerBindings(q)
  for (const b of found)
    logger.warn({ binding: [b.a, b.b] }, `binding across owners, left as it is: ${b.a} (${b.a_owner}) - ${b.b} (${b.b_owner})`)
  return found.length
}

export { crossOwnerBindings as findCrossOwnerBindings }
