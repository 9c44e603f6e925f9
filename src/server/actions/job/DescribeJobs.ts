import { ApiError } from '../../../protocol/errors.js'
import { wireTime } from '../../../protocol/time.js'
import { describeJobs } from '../../db/stores/jobs.js'
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
    // The page says an unknown job id in the filter is an error (docs/compat.md#unknown-ids-in-filters). One read of
    // the named jobs the caller may see (its own, or in a project those about items it may describe, in this zone):
    // another user's job, or one outside the project, reads as unknown (docs/compat.md#foreign-ids-read-as-unknown).
    // One more row than named, so that a full answer needs no count.
    const visible = await describeJobs(
      tx.db,
      { owner: caller.user_id, project, zone_id: zone, job_ids: params.jobs },
      { offset: 0, limit: params.jobs.length + 1, oldestFirst: false },
    )
    const seen = new Set(visible.rows.map((job) => job.job_id))
    const unknown = params.jobs.find((job_id) => !seen.has(job_id))
    if (unknown !== undefined) throw new ApiError('ResourceNotFound', { resource: 'job', id: unknown })
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
