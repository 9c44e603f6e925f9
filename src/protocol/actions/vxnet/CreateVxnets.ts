import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const CreateVxnets = defineAction({
  name: 'CreateVxnets',
  service: 'vxnet',
  summary: 'Create private networks: managed (addressed once joined to a router) or unmanaged; they start empty.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'vxnet', operation: 'modify' },
  params: {
    vxnet_type: p
      .int({ allowed: [0, 1] })
      .required()
      .example(1)
      .describe('1 managed, 0 unmanaged'),
    vxnet_name: p.string({ max: 256 }).describe('name of the new VxNets'),
    count: p.int({ min: 1, max: 100 }).default(1).describe('how many VxNets to create'),
    mode: p.int({ min: 0 }).describe('sent by the Python SDK; ignored'),
    target_user: p.id('user').describe('create for this user; only the caller is accepted'),
  },
  response: {
    vxnets: z.array(z.string()),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'PermissionDenied', 'QuotaExceeded'],
})
