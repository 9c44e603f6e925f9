import { ApiError } from '../../../protocol/errors.js'
import { resourceTypeOfId } from '../../../protocol/resources.js'
import { parseIp } from '../../domain/addresses.js'
import type { Queryable } from '../../db/database.js'
import { instances } from '../../services/lookups/instance.js'
import { routers } from '../../services/lookups/router.js'

/**
 * What a backend may name (docs/compat.md#loadbalancer-backends): an instance or a router of the
 * zone that is not gone or going (the authorize stage already refused someone else's as unknown), or an
 * IPv4 address (an "ip" backend, outside qingstack).
 */
export async function checkBackendResource(q: Queryable, resource_id: string, zone: string, param: string): Promise<void> {
  if (parseIp(resource_id) !== undefined) return
  const type = resourceTypeOfId(resource_id)
  if (type === 'instance') {
    const instance = await instances.one(q, resource_id, zone)
    if (instance.status === 'terminated') {
      throw new ApiError('PermissionDenied', { reason: `instance [${resource_id}] is terminated, it can not be a backend (${param})` })
    }
    // A backend added now would point at an instance gone before the load balancer's next update.
    if (instance.transition_status === 'terminating') {
      throw new ApiError('PermissionDenied', {
        reason: `instance [${resource_id}] is being terminated, it can not be a backend (${param})`,
      })
    }
    return
  }
  if (type === 'router') {
    const router = await routers.one(q, resource_id, zone)
    if (router.status === 'deleted') {
      throw new ApiError('PermissionDenied', { reason: `router [${resource_id}] is deleted, it can not be a backend (${param})` })
    }
    return
  }
  throw new ApiError('InvalidParameter', { param, reason: `must be an instance, a router or an IPv4 address (got [${resource_id}])` })
}

/** A forwarding policy id, checked for shape only here (docs/compat.md#loadbalancer-backends). */
export function policyId(value: string | undefined, param: string): string {
  const id = value?.trim() ?? ''
  if (id !== '' && !/^lbp-[A-Za-z0-9]+$/.test(id)) {
    throw new ApiError('InvalidParameter', { param, reason: `must name a forwarding policy (lbp-…) (got [${id}])` })
  }
  return id
}
