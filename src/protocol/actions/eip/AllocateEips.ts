import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { billingModes } from '../../records/network.js'

export const AllocateEips = defineAction({
  name: 'AllocateEips',
  service: 'eip',
  summary: 'Allocate public IPs from the configured pool; each gets an address no other EIP ever held, and starts available.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'eip', operation: 'modify' },
  params: {
    bandwidth: p.int({ min: 1, max: 1000 }).required().example(4).describe('bandwidth cap in Mbps'),
    billing_mode: p.enum(billingModes).default('bandwidth').describe('bandwidth or traffic'),
    associate_mode: p
      .int({ allowed: [0, 1] })
      .default(0)
      .describe('0 external binding, 1 internal binding'),
    eip_name: p.string({ max: 256 }).describe('name of the new EIPs'),
    count: p.int({ min: 1, max: 100 }).default(1).describe('how many EIPs to allocate'),
    need_icp: p
      .int({ allowed: [0, 1] })
      .default(0)
      .describe('1 when the address needs ICP filing'),
    target_user: p.id('user').describe('allocate for this user; only the caller is accepted'),
    eip_group: p.string({ max: 64 }).describe('EIP group; default eipg-00000000 (BGP multi-line)'),
  },
  response: {
    eips: z.array(z.string()),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'PermissionDenied', 'QuotaExceeded', 'InsufficientResources'],
})
