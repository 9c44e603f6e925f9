import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { Vxnet } from '../../records/network.js'

export const DescribeVxnets = defineAction({
  name: 'DescribeVxnets',
  service: 'vxnet',
  summary: "List the caller's VxNets in a zone (vxnet-0 only when asked for by ID); verbose=1 adds instance_ids.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'vxnet' },
  params: {
    vxnets: p.list(p.id('vxnet')).describe('VxNet IDs; an unknown ID is an error'),
    vxnet_type: p.int({ allowed: [0, 1, 2] }).describe('1 managed, 0 unmanaged'),
    search_word: p.searchWord(),
    tags: p.list(p.id('tag')).describe('only VxNets bound to any of these tags'),
    owner: p.id('user').describe('only VxNets of this user'),
    mode: p.int({ min: 0 }).describe('sent by the Python SDK; ignored'),
    ...p.listing(),
  },
  response: {
    vxnet_set: z.array(Vxnet),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
