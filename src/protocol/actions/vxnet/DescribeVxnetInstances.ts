import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { instanceStatuses } from '../../records/instance.js'
import { VxnetInstance } from '../../records/network.js'

export const DescribeVxnetInstances = defineAction({
  name: 'DescribeVxnetInstances',
  service: 'vxnet',
  summary: 'List the instances with a NIC in one VxNet, with their address there.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'vxnet' },
  params: {
    vxnet: p.id('vxnet').required().describe('the VxNet'),
    instances: p.list(p.id('instance')).describe('only these instances'),
    instance_type: p.string({ max: 64 }).describe('only instances of this type'),
    status: p.enum(instanceStatuses).describe('only instances in this status'),
    image: p.string({ max: 128 }).describe('only instances of this image'),
    offset: p.offset(),
    limit: p.limit(),
  },
  response: {
    instance_set: z.array(VxnetInstance),
    total_count: z.number().int(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
