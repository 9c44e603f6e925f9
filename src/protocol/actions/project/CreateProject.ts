import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const CreateProject = defineAction({
  name: 'CreateProject',
  service: 'project',
  summary: 'Create a project owned by the caller, with its owner member, the owner role and three preset roles.',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'project', operation: 'modify' },
  params: {
    project_name: p.string({ max: 256 }).describe('project name'),
    description: p.string({ max: 1024 }).describe('project description'),
    meta: p.objects({ color: p.string({ max: 64 }) }).describe('attributes, e.g. [{"color":"#324558"}]; stored and returned as JSON text'),
    color: p.string({ max: 64 }).describe('colour, used when meta is absent'),
  },
  response: {
    project_id: z.string(),
  },
  errors: ['InvalidParameter', 'QuotaExceeded'],
})
