import { ApiError } from '../../../protocol/errors.js'
import { wireTime } from '../../../protocol/time.js'
import { describeJobs, findJobs } from '../../db/stores/jobs.js'
import { listOrder } from '../../domain/listing.js'
import type { Handler } from '../types.js'

export const DescribeJobs: Handler<'DescribeJobs'> = async (params, { tx, caller, zone, scope }) => {
  // With project_id, the project's jobs the caller may see (docs/compat.md#project-jobs).
  const project =
    scope.kind === 'project' ? { project_id: scope.project_id, itemTypes: scope.itemTypes, ownerFilter: scope.ownerFilter } : undefined
  if (!project && params.owner !== undefined && params.owner !== caller.user_id) {
    throw new ApiError('PermissionDenied', { reason: `user [${caller.user_id}] may not list the jobs of [${params.owner}]` })
  }
  const filter = { owner: caller.user_id, project, zone_id: zone, statuses: params.status, job_action: params.job_action }
  if (params.jobs?.length) {
    // The page says an unknown job id in the filter is an error (docs/compat.md#unknown-ids-in-filters); another
    // user's job reads as unknown (docs/compat.md#foreign-ids-read-as-unknown).
    const found = new Map((await findJobs(tx.db, params.jobs)).map((job) => [job.job_id, job]))
    const inProject =
      project &&
      new Set(
        (
          await describeJobs(
            tx.db,
            { owner: caller.user_id, project, zone_id: zone, job_ids: params.jobs },
            { offset: 0, limit: params.jobs.length, oldestFirst: false },
          )
        ).rows.map((job) => job.job_id),
      )
    for (const job_id of params.jobs) {
      const job = found.get(job_id)
      // Another user's job, or one outside the project's describable items, reads as unknown
      // (docs/compat.md#foreign-ids-read-as-unknown).
      if (!job || job.zone_id !== zone || (inProject ? !inProject.has(job_id) : job.owner !== caller.user_id)) {
        throw new ApiError('ResourceNotFound', { resource: 'job', id: job_id })
      }
    }
  }
  const order = listOrder(params, [])
  const { rows, total } = await describeJobs(
    tx.db,
    { ...filter, job_ids: params.jobs },
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
