import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { Image, imageProviders, imageStatuses, imageVisibilities, processorTypes } from '../../records/image.js'

export const DescribeImages = defineAction({
  name: 'DescribeImages',
  service: 'image',
  summary: "List the system images, the caller's own images and those granted to it; provider and visibility narrow the list.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'image' },
  params: {
    images: p.list(p.id('image')).describe('image IDs; an unknown ID is an error'),
    // QingCloud's table has these three as scalars; QingCloud's CLI explodes them into `name.N`, the
    // SDKs send `name=v`: lists read both (docs/compat.md#scalar-filters-as-lists).
    processor_type: p.list(p.enum(processorTypes)).describe('only images for these processors (64bit, 32bit)'),
    os_family: p.list(p.string({ max: 64 })).describe('only images of these OS families (centos, ubuntu, debian, fedora, windows, ...)'),
    visibility: p.list(p.enum(imageVisibilities)).describe('public (system images) or private (own and granted images)'),
    provider: p.enum(imageProviders).describe('system images or self-made ones'),
    status: p.list(p.enum(imageStatuses)).describe('image statuses to return'),
    search_word: p.searchWord(),
    tags: p.list(p.id('tag')).describe('only images bound to any of these tags (images take no tags: none match)'),
    owner: p.id('user').describe('only images of this user'),
    ...p.listing(),
  },
  response: {
    image_set: z.array(Image),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
