import { Job } from '../records/job.js'
import { defineResourceType } from './define.js'

export const job = defineResourceType({
  prefix: 'j-',
  label: 'job',
  records: { schema: Job, setKey: 'job_set', idField: 'job_id' },
})
