import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { GroupRoleRule } from '../../records/project.js'

export const AddGroupRoleRules = defineAction({
  name: 'AddGroupRoleRules',
  service: 'project',
  summary: 'Add a rule to a custom role: a preset policy such as volume.modify, or policy=action with a principle.',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'group_role_rule', operation: 'modify' },
  params: {
    group_role: p.id('group_role').required().describe('the role'),
    policy: p
      .string({ max: 128 })
      .required()
      .describe('action, or <scope>.<class>: all.describe, volume.modify, monitor.describe, all.project_manage…'),
    principle: p.string({ max: 65536 }).describe('for policy=action: JSON [{"resource_type":"instance","actions":["StopInstances"]}]'),
    project_id: p.id('project').describe('its project (optional: the role names it)'),
    description: p.string({ max: 1024 }).describe('rule description'),
  },
  response: {
    ...GroupRoleRule.shape,
    principle: z.union([z.string(), z.array(z.unknown()), z.record(z.string(), z.unknown())]),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
