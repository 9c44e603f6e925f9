import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { ProjectResourceItem } from '../../records/project.js'

export const DescribeProjectResourceItems = defineAction({
  name: 'DescribeProjectResourceItems',
  service: 'project',
  summary: 'List the resource items of projects the caller owns or is a member of.',
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'project' },
  params: {
    project_ids: p.list(p.id('project')).describe('only items of these projects'),
    resources: p.list(p.id()).describe('only these resources'),
    resource_types: p.list(p.string({ max: 64 })).describe('only these resource types (instance, volume, …)'),
    owner: p.string({ max: 64 }).describe('only resources of this owner'),
    in_global: p.int({ min: 0, max: 1 }).describe('1: items of every zone, whatever zone says'),
    reserve: p.int().describe('accepted and ignored (docs/compat.md#project-resource-items)'),
    ...p.listing(),
  },
  response: {
    project_resource_item_set: z.array(ProjectResourceItem),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter'],
})
