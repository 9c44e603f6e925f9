import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ProjectStat = z.object({
  resource_group_id: z.string(),
  console_id: z.string(),
  duration: z.string(),
  end_time: z.string(),
  instance_count: z.number().int(),
  vcpus_count: z.number().int(),
  memory_sum: z.number().int(),
  volume_count: z.number().int(),
  volume_size: z.number().int(),
  eip_count: z.number().int(),
  eip_bandwidth: z.number().int(),
  wan_connect_bandwidth: z.number().int(),
  wan_connect_count: z.number().int(),
  wan_cpe_bandwidth: z.number().int(),
  wan_cpe_count: z.number().int(),
  wan_line_bandwidth: z.number().int(),
  wan_line_count: z.number().int(),
  wan_vpc_bandwidth: z.number().int(),
  wan_vpc_count: z.number().int(),
})

export const GetProjectResourceStat = defineAction({
  name: 'GetProjectResourceStat',
  service: 'project',
  summary: "Usage of a project's current items: instances, vCPUs, memory, volumes and their size, EIPs.",
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'project' },
  params: {
    project_id: p.id('project').required().describe('the project'),
    offset: p.offset(),
    limit: p.limit(60, 100),
  },
  response: {
    elapsed_time: z.number(),
    data: z.array(ProjectStat),
    total_count: z.number().int(),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
