import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { Project } from '../../records/project.js'

export const DescribeProjects = defineAction({
  name: 'DescribeProjects',
  service: 'project',
  summary: 'List projects the caller owns, or with shared=1 those it is a member of; by ID, any it can see.',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'project' },
  params: {
    project_ids: p.list(p.id('project')).describe('project IDs; projects the caller cannot see are left out'),
    shared: p.flag().describe('1: projects shared with the caller rather than its own'),
    status: p.list(p.string({ max: 32 })).describe('project statuses (all are active)'),
    owner: p.id('user').describe('only projects of this owner'),
    sort_key: p.sortKey(),
    reverse: p.reverse(),
    offset: p.offset(),
    limit: p.limit(),
  },
  response: {
    project_set: z.array(Project),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter'],
})
