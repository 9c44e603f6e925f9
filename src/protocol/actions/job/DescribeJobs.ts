import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { Job, jobStatuses } from '../../records/job.js'

export const DescribeJobs = defineAction({
  name: 'DescribeJobs',
  service: 'job',
  summary: "List the caller's jobs in a zone, newest first; filter by id, status or action.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'job' },
  params: {
    jobs: p.list(p.id('job')).describe('job IDs; an unknown ID is an error'),
    status: p.list(p.enum(jobStatuses)).describe('job statuses to return'),
    job_action: p.string({ max: 128 }).describe('only jobs created by this action (docs/compat.md#describe-jobs-filters)'),
    owner: p.id('user').describe('only jobs of this user'),
    ...p.listing(),
  },
  response: {
    job_set: z.array(Job),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
