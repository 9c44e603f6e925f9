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
    // Scalars in QingCloud's table; QingCloud's CLI sends them as `name.N`, so lists read
    // both forms (docs/compat.md#scalar-filters-as-lists).
    instance_type: p.list(p.string({ max: 64 })).describe('only instances of these types'),
    status: p.list(p.enum(instanceStatuses)).describe('only instances in these statuses'),
    image: p.list(p.string({ max: 128 })).describe('only instances of these images'),
    offset: p.offset(),
    limit: p.limit(),
  },
  response: {
    instance_set: z.array(VxnetInstance),
    total_count: z.number().int(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
