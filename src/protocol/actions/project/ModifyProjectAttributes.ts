import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ModifyProjectAttributes = defineAction({
  name: 'ModifyProjectAttributes',
  service: 'project',
  summary: 'Rename a project, change its description or colour; answers the values after the change.',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'project', operation: 'modify' },
  params: {
    project_id: p.id('project').required().describe('project to modify'),
    project_name: p.string({ max: 256 }).describe('new name'),
    description: p.string({ max: 1024 }).keepEmpty().describe('new description; empty clears it'),
    meta: p.objects({ color: p.string({ max: 64 }) }).describe('new attributes, e.g. [{"color":"#324558"}]'),
    color: p.string({ max: 64 }).describe('new colour, used when meta is absent'),
  },
  response: {
    project_id: z.string(),
    project_name: z.string(),
    meta: z.string(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
