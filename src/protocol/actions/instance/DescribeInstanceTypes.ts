import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { InstanceType } from '../../records/instance.js'

export const DescribeInstanceTypes = defineAction({
  name: 'DescribeInstanceTypes',
  service: 'instance',
  summary: 'List the instance types of a zone (classic cXmY, series s1/e1/e2/p1, legacy names; bare metal with baremetal=1).',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'instance' },
  params: {
    instance_types: p.list(p.string({ max: 64 })).describe('type IDs to return'),
    baremetal: p
      .int({ allowed: [0, 1] })
      .default(0)
      .describe('1 lists bare-metal types instead'),
    offset: p.offset(),
    limit: p.limit(1000, 1000),
  },
  response: {
    instance_type_set: z.array(InstanceType),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter'],
})
