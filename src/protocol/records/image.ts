import { z } from 'zod'

/** Image statuses and transitions (docs/compat.md#resource-states). */
export const imageStatuses = ['pending', 'available', 'deprecated', 'suspended', 'deleted', 'ceased'] as const
export type ImageStatus = (typeof imageStatuses)[number]
export const imageTransitions = ['', 'creating', 'suspending', 'resuming', 'deleting', 'recovering'] as const
export type ImageTransition = (typeof imageTransitions)[number]

export const imageVisibilities = ['public', 'private'] as const
export const imageProviders = ['system', 'self'] as const
export const processorTypes = ['64bit', '32bit'] as const
export const platforms = ['linux', 'windows'] as const

/** An image record of DescribeImages (docs/api/image.md#describeimages, Go `Image`). */
export const Image = z.object({
  image_id: z.string(),
  image_name: z.string(),
  description: z.string().nullable(),
  size: z.number().int(),
  processor_type: z.enum(processorTypes),
  platform: z.enum(platforms),
  os_family: z.string(),
  visibility: z.enum(imageVisibilities),
  provider: z.enum(imageProviders),
  owner: z.string(),
  recommended_type: z.string(),
  default_user: z.string(),
  status: z.enum(imageStatuses),
  transition_status: z.enum(imageTransitions),
  sub_code: z.number().int(),
  create_time: z.string(),
  status_time: z.string(),
  zone_id: z.string(),
})
export type Image = z.infer<typeof Image>

/** One share of an image (DescribeImageUsers, docs/api/image.md#describeimageusers). */
export const ImageUser = z.object({
  image_id: z.string(),
  create_time: z.string(),
  user: z.object({ user_id: z.string(), email: z.string() }),
})
export type ImageUser = z.infer<typeof ImageUser>
