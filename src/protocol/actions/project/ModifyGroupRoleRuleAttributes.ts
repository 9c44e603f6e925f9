import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { ruleStatuses } from '../../records/project.js'

export const ModifyGroupRoleRuleAttributes = defineAction({
  name: 'ModifyGroupRoleRuleAttributes',
  service: 'project',
  summary: "Change a custom role's rule: policy, principle, description, or status (a disabled rule grants nothing).",
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'group_role_rule', operation: 'modify' },
  params: {
    group_role_rule: p.id('group_role_rule').required().describe('the rule'),
    policy: p.string({ max: 128 }).describe('new policy'),
    principle: p.string({ max: 65536 }).keepEmpty().describe('new principle; empty clears it'),
    status: p.enum(ruleStatuses).describe('enabled or disabled'),
    description: p.string({ max: 1024 }).keepEmpty().describe('new description'),
    project_id: p.id('project').describe('its project (optional: the rule names it)'),
  },
  response: {
    group_role_rule_id: z.string(),
    policy: z.string(),
    principle: z.string(),
    status: z.enum(ruleStatuses),
    description: z.string().nullable(),
    status_time: z.string(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
