import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { taggableTypes } from '../../records/tag.js'

/** AttachTags / DetachTags: `resource_tag_pairs.N.{tag_id,resource_type,resource_id}` (docs/compat.md#list-encodings). */
export function tagPairsAction<const N extends string>(name: N, summary: string, binding: 'binds' | 'unbinds') {
  return defineAction({
    name,
    service: 'tag',
    summary,
    mode: 'sync',
    zone: 'required',
    permission: { resource: 'tag', operation: 'modify' },
    params: {
      resource_tag_pairs: p
        .objects({
          tag_id: p.id('tag').required().describe('the tag'),
          resource_type: p.enum(taggableTypes).required().describe('the type of the resource, as its id prefix says'),
          resource_id: p.id('any').required().describe('the resource'),
        })
        .required()
        .describe('tag and resource pairs'),
    },
    response: {},
    errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
    ...(binding === 'binds' ? { binds: { params: ['resource_tag_pairs'] as const } } : { unbinds: ['resource_tag_pairs'] as const }),
  })
}
