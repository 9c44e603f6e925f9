import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteSecurityGroupIPSets = defineAction({
  name: 'DeleteSecurityGroupIPSets',
  service: 'security_group',
  summary: 'Delete IP and port sets no rule refers to; a set in use refuses the whole batch.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'security_group_ipset' },
  params: {
    security_group_ipsets: p.list(p.id('security_group_ipset')).required().describe('set IDs'),
  },
  response: {
    security_group_ipsets: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
