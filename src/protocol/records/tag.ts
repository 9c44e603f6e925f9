import { z } from 'zod'

/** Resource types a tag may be bound to (docs/api/tag.md#attachtags). */
export const taggableTypes = [
  'instance',
  'volume',
  'keypair',
  'security_group',
  'vxnet',
  'eip',
  'router',
  'loadbalancer',
  's2_server',
  'snapshot',
  'rdb',
  'mongo',
  'cache',
  'zookeeper',
  'queue',
  'spark',
] as const
export type TaggableType = (typeof taggableTypes)[number]

/** A tag as it appears inside the records it is bound to (docs/compat.md#tags-on-records); `[]` when none. */
export const TagRef = z.object({
  tag_id: z.string(),
  tag_name: z.string(),
  color: z.string(),
  description: z.string(),
})
export type TagRef = z.infer<typeof TagRef>

export const ResourceTagPair = z.object({ tag_id: z.string(), resource_type: z.string(), resource_id: z.string() })

/** A tag record of DescribeTags (docs/api/tag.md#describetags, Go `Tag`). */
export const Tag = z.object({
  tag_id: z.string(),
  tag_name: z.string(),
  description: z.string(),
  color: z.string(),
  owner: z.string(),
  zone_id: z.string(),
  create_time: z.string(),
  resource_count: z.number().int(),
  resource_type_count: z.array(z.object({ resource_type: z.string(), count: z.number().int() })),
  /** Only with `verbose=1`. */
  resource_tag_pairs: z.array(ResourceTagPair).optional(),
})
export type Tag = z.infer<typeof Tag>
