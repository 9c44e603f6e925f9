import type { AnyAction } from '../../protocol/define.js'
import { ApiError } from '../../protocol/errors.js'
import type { AnyParam, ParamShape } from '../../protocol/params.js'
import { resourceTypes, type ResourceType } from '../../protocol/resources.js'
import type { Caller } from '../actions/types.js'
import type { Queryable } from '../db/database.js'
import { findResources } from '../db/stores/resources.js'
import type { Scope } from '../db/stores/scope.js'

/**
 * Decides, before any handler runs, what the caller may touch. Every id the request names through
 * a `p.id(type)` parameter is looked up in the resource registry: ids that exist must be the
 * caller's (1400 otherwise); unknown ids are left to the handler (2100). Describe* actions get a
 * scope instead, which their queries apply. Handlers therefore never check ownership themselves.
 */
export async function authorize(
  descriptor: AnyAction,
  values: Record<string, unknown>,
  caller: Caller,
  db: Queryable,
): Promise<Scope> {
  if (descriptor.permission.operation !== 'describe') {
    const named = namedIds(descriptor.params as ParamShape, values)
    for (const row of await findResources(db, [...named.keys()])) {
      if (row.owner !== caller.user_id) {
        const label = resourceTypes[row.resource_type].label
        throw new ApiError('PermissionDenied', {
          reason: `${descriptor.name} is not allowed on ${label} [${row.resource_id}]: it does not belong to user [${caller.user_id}]`,
        })
      }
    }
  }
  return { kind: 'owner', owner: caller.user_id }
}

/** Every id value of a typed id parameter (scalar, list item or object field), with its type. */
export function namedIds(params: ParamShape, values: Record<string, unknown>): Map<string, ResourceType | 'any'> {
  const found = new Map<string, ResourceType | 'any'>()
  const visit = (spec: AnyParam, value: unknown): void => {
    if (value === undefined || value === null) return
    const { kind, resource, item, fields } = spec.state
    if (kind === 'id' && resource && typeof value === 'string') found.set(value, resource)
    else if (kind === 'list' && item && Array.isArray(value)) for (const v of value) visit(item, v)
    else if (kind === 'objects' && fields && Array.isArray(value)) {
      for (const object of value as Array<Record<string, unknown>>) {
        for (const [field, fieldSpec] of Object.entries(fields)) visit(fieldSpec, object[field])
      }
    }
  }
  for (const [name, spec] of Object.entries(params)) visit(spec, values[name])
  return found
}
