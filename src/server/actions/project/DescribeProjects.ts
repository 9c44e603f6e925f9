import { describeProjects, projectSortKeys } from '../../db/stores/projects.js'
import { listOrder } from '../../domain/listing.js'
import type { Handler } from '../types.js'
import { projectRecord } from './records.js'

export const DescribeProjects: Handler<'DescribeProjects'> = async (params, { tx, caller }) => {
  const { rows, total } = await describeProjects(
    tx.db,
    {
      user_id: caller.user_id,
      project_ids: params.project_ids,
      shared: params.shared ?? false,
      owner: params.owner,
      statuses: params.status,
    },
    { offset: params.offset, limit: params.limit, ...listOrder(params, projectSortKeys) },
  )
  return { project_set: rows.map(projectRecord), total_count: total }
}
