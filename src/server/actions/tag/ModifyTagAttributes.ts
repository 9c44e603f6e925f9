import { ApiError } from '../../../protocol/errors.js'
import { checkTagName } from '../../domain/tags.js'
import { findTagByName, updateTag, type TagRow } from '../../db/stores/tags.js'
import type { Handler } from '../types.js'
import { tags } from '../../services/lookups/tag.js'

export const ModifyTagAttributes: Handler<'ModifyTagAttributes'> = async (params, { tx, zone }) => {
  const tag = await tags.one(tx.db, params.tag, zone)
  const changes: Partial<TagRow> = {}
  if (params.tag_name !== undefined) {
    changes.tag_name = checkTagName(params.tag_name)
    const holder = await findTagByName(tx.db, tag.owner, zone, changes.tag_name)
    if (holder && holder.tag_id !== tag.tag_id) throw new ApiError('ResourceAlreadyExists', { resource: 'tag named', id: changes.tag_name })
  }
  if (params.color !== undefined) changes.color = params.color
  if (params.description !== undefined) changes.description = params.description.trim()
  if (Object.keys(changes).length > 0) await updateTag(tx, tag.tag_id, changes)
  return {}
}
