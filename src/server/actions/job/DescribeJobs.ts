import { ApiError } from '../../../protocol/errors.js'
import { wireTime } from '../../../protocol/time.js'
import { describeJobs, findJobs } from '../../db/stores/jobs.js'
import { listOrder } from '../../domain/listing.js'
import type { Handler } from '../types.js'

export const DescribeJobs: Handler<'DescribeJobs'> = async (params, { tx, caller, zone }) => {
  if (params.owner !== undefined && params.owner !== caller.user_id) {
    throw new ApiError('PermissionDenied', { reason: `user [${caller.user_id}] may not list the jobs of [${params.owner}]` })
  }
  if (params.jobs?.length) {
    // The page says an unknown job id in the filter is an error (docs/compat.md#unknown-ids-in-filters).
    const found = new Map((await findJobs(tx.db, params.jobs)).map((job) => [job.job_id, job]))
    for (const job_id of params.jobs) {
      const job = found.get(job_id)
      if (!job || job.zone_id !== zone) throw new ApiError('ResourceNotFound', { resource: 'job', id: job_id })
      if (job.owner !== caller.user_id) {
        throw new ApiError('PermissionDenied', { reason: `job [${job_id}] does not belong to user [${caller.user_id}]` })
      }
    }
  }
  const order = listOrder(params, [])
  const { rows, total } = await describeJobs(
    tx.db,
    { owner: caller.user_id, zone_id: zone, job_ids: params.jobs, statuses: params.status, job_action: params.job_action },
    { offset: params.offset, limit: params.limit, oldestFirst: order.direction === 'asc' },
  )
  return {
    job_set: rows.map((row) => ({
      job_id: row.job_id,
      job_action: row.job_action,
      create_time: wireTime(row.create_time),
      status_time: wireTime(row.status_time),
      resource_ids: row.resource_ids,
      owner: row.owner,
      status: row.status,
      error_codes: row.error_codes,
      zone_id: row.zone_id,
    })),
    total_count: total,
  }
}
