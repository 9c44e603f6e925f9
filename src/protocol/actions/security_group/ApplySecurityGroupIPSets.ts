import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ApplySecurityGroupIPSets = defineAction({
  name: 'ApplySecurityGroupIPSets',
  service: 'security_group',
  summary: "Push sets' entries to the groups whose rules use them; those groups end with is_applied 1.",
  mode: 'async',
  zone: 'required',
  permission: { resource: 'security_group_ipset', operation: 'modify' },
  params: {
    security_group_ipsets: p.list(p.id('security_group_ipset')).required().describe('set IDs'),
  },
  response: {},
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
