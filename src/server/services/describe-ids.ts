import { ApiError } from '../../protocol/errors.js'
import type { Queryable } from '../db/database.js'
import { removedBy } from '../db/stores/resources.js'
import type { Scope } from '../db/stores/scope.js'

/**
 * The one rule for the ids a Describe* names (docs/compat.md#describe-removed-ids): an id the
 * caller deleted, in this zone, is simply not listed (ret_code 0), as QingCloud's Terraform
 * provider expects when it refreshes a resource deleted out of band; any other id the scope does
 * not show answers 2100. Resources kept with a terminal status (instances, volumes, routers…) are
 * shown by the Describe* itself. Another user's id, deleted or not, reads exactly like an id that
 * never existed: only the caller's own deletions are known.
 */
export interface DescribedIds {
  /** The ids the request names (`vxnets.n`, `security_groups.n`, …). */
  ids: readonly string[] | undefined
  /** The ids among `ids` the Describe*'s scope shows, as its own query finds them. */
  visible: (ids: string[]) => Promise<Iterable<string>>
  scope: Scope
  zone: string
  /** The resource's name in the 2100 message (`vxnet`, `security group`). */
  label: string
}

/** Answers 2100 for the first id neither visible nor deleted by the caller; otherwise nothing. */
export async function checkDescribedIds(q: Queryable, described: DescribedIds): Promise<void> {
  if (!described.ids?.length) return
  const ids = [...new Set(described.ids)]
  const shown = new Set(await described.visible(ids))
  const missing = ids.filter((id) => !shown.has(id))
  if (missing.length === 0) return
  const gone = new Set(await removedBy(q, missing, { owner: described.scope.owner, zone_id: described.zone }))
  const unknown = missing.find((id) => !gone.has(id))
  if (unknown !== undefined) throw new ApiError('ResourceNotFound', { resource: described.label, id: unknown })
}

/** Whether the caller deleted `id` in `zone`: a Describe* scoped to it then answers an empty set. */
export async function removedByCaller(q: Queryable, id: string, where: { scope: Scope; zone: string }): Promise<boolean> {
  return (await removedBy(q, [id], { owner: where.scope.owner, zone_id: where.zone })).length > 0
}
