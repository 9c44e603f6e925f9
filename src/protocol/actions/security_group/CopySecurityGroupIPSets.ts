import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const CopySecurityGroupIPSets = defineAction({
  name: 'CopySecurityGroupIPSets',
  service: 'security_group',
  summary: 'Copy IP and port sets into other zones (the current one allowed) with the same name, type and entries.',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'security_group_ipset', operation: 'modify' },
  params: {
    ipsets: p.list(p.id('security_group_ipset')).required().describe('set IDs to copy'),
    dest_zones: p
      .list(p.string({ max: 64 }))
      .required()
      .example(['pek3a'])
      .describe('zones to copy them to'),
  },
  response: {},
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied', 'QuotaExceeded'],
})
