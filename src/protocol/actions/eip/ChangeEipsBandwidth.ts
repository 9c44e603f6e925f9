import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ChangeEipsBandwidth = defineAction({
  name: 'ChangeEipsBandwidth',
  service: 'eip',
  summary: 'Change the bandwidth cap of available or associated EIPs; it shows at once, on the instance too.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'eip', operation: 'modify' },
  params: {
    eips: p.list(p.id('eip')).required().describe('EIP IDs'),
    bandwidth: p.int({ min: 1, max: 1000 }).required().example(10).describe('new bandwidth in Mbps'),
  },
  response: {},
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied', 'QuotaExceeded'],
})
