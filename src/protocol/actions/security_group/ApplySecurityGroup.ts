import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ApplySecurityGroup = defineAction({
  name: 'ApplySecurityGroup',
  service: 'security_group',
  summary: 'Bind a group to instances (or, without instances, re-apply its rules to its users); is_applied becomes 1 when the job ends.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'security_group', operation: 'modify' },
  params: {
    security_group: p.id('security_group').required().describe('the group to apply'),
    instances: p.list(p.id('instance')).describe('instances that switch to this group; none: re-apply to every resource using it'),
  },
  response: {},
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
  binds: { params: ['instances', 'security_group'] },
})
