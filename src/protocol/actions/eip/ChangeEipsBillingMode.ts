import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { billingModes } from '../../records/network.js'

export const ChangeEipsBillingMode = defineAction({
  name: 'ChangeEipsBillingMode',
  service: 'eip',
  summary: 'Switch EIPs between billing by bandwidth and by traffic, at most once per 24 hours per EIP.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'eip', operation: 'modify' },
  params: {
    eips: p.list(p.id('eip')).required().describe('EIP IDs'),
    billing_mode: p.enum(billingModes).required().describe('bandwidth or traffic'),
    eip_group: p.string({ max: 64 }).describe('move to this EIP group (Go sends it)'),
  },
  response: {},
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
