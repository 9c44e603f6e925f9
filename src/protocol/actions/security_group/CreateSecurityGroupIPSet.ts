import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const CreateSecurityGroupIPSet = defineAction({
  name: 'CreateSecurityGroupIPSet',
  service: 'security_group',
  summary: 'Create a named set of addresses (ipset_type 0) or ports (1) that rules can refer to by ID.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'security_group_ipset', operation: 'modify' },
  params: {
    ipset_type: p
      .int({ allowed: [0, 1] })
      .required()
      .example(0)
      .describe('0 IP addresses or CIDRs, 1 ports or port ranges'),
    val: p.string({ max: 8192 }).required().example('192.168.1.0/24').describe('entries separated by commas or new lines'),
    security_group_ipset_name: p.string({ max: 256 }).describe('name'),
  },
  response: {
    security_group_ipset_id: z.string(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'QuotaExceeded'],
})
