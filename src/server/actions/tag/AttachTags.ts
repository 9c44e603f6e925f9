import { isoAt } from '../../domain/clock.js'
import { bindTags } from '../../db/stores/tags.js'
import type { Handler } from '../types.js'
import { checkedPairs } from './pairs.js'

export const AttachTags: Handler<'AttachTags'> = async (params, ctx) => {
  const pairs = await checkedPairs(ctx, params.resource_tag_pairs)
  await bindTags(
    ctx.tx,
    pairs.map((pair) => ({ ...pair, create_time: isoAt(ctx.now) })),
  )
  return {}
}
