import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { GroupRoleRule, ruleStatuses } from '../../records/project.js'

export const DescribeGroupRoleRules = defineAction({
  name: 'DescribeGroupRoleRules',
  service: 'project',
  summary: 'List the rules of roles of a project (or of every project the caller is in).',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'group_role_rule' },
  params: {
    project_id: p.id('project').describe('the project; absent: every project the caller owns or is a member of'),
    group_roles: p.list(p.id('group_role')).describe('only rules of these roles'),
    group_role_rules: p.list(p.id('group_role_rule')).describe('rule IDs'),
    status: p.list(p.enum(ruleStatuses)).describe('rule statuses'),
    ...p.listing(),
  },
  response: {
    item_set: z.array(z.unknown()),
    group_role_rule_set: z.array(GroupRoleRule),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
