import { ApiError } from '../../../protocol/errors.js'
import type { TaggableType } from '../../../protocol/records/tag.js'
import { findResources } from '../../db/stores/resources.js'
import type { HandlerContext } from '../types.js'
import { tags } from '../../services/lookups/tag.js'

export interface TagPair {
  tag_id: string
  resource_type: TaggableType
  resource_id: string
}

/**
 * The pairs of AttachTags / DetachTags, checked all before any is applied: every tag and every
 * resource exists in the zone (2100), and each resource is of the type its pair says (1100).
 */
export async function checkedPairs(ctx: HandlerContext, pairs: readonly TagPair[]): Promise<TagPair[]> {
  await tags.all(
    ctx.tx.db,
    pairs.map((pair) => pair.tag_id),
    ctx.zone,
  )
  const resources = new Map(
    (
      await findResources(
        ctx.tx.db,
        pairs.map((pair) => pair.resource_id),
      )
    ).map((r) => [r.resource_id, r]),
  )
  pairs.forEach((pair, i) => {
    const resource = resources.get(pair.resource_id)
    if (!resource || resource.zone_id !== ctx.zone)
      throw new ApiError('ResourceNotFound', { resource: pair.resource_type, id: pair.resource_id })
    if (resource.resource_type !== pair.resource_type) {
      throw new ApiError('InvalidParameter', {
        param: `resource_tag_pairs.${i + 1}.resource_type`,
        reason: `must be ${resource.resource_type}, the type of [${pair.resource_id}] (got [${pair.resource_type}])`,
      })
    }
  })
  return [...pairs]
}
