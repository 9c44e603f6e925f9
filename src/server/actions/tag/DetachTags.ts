import { unbindTags } from '../../db/stores/tags.js'
import type { Handler } from '../types.js'
import { checkedPairs } from './pairs.js'

export const DetachTags: Handler<'DetachTags'> = async (params, ctx) => {
  await unbindTags(ctx.tx, await checkedPairs(ctx, params.resource_tag_pairs))
  return {}
}
