import { describeMembers } from '../../db/stores/projects.js'
import type { Handler } from '../types.js'
import { projects } from '../../services/lookups/project.js'
import { memberRecord } from './records.js'

/** The authorize stage let only the project's owner and members this far. */
export const DescribeProjectMembers: Handler<'DescribeProjectMembers'> = async (params, { tx }) => {
  const project = await projects.one(tx.db, params.project_id)
  const { rows, total } = await describeMembers(
    tx.db,
    { project_id: project.project_id, member_ids: params.project_member_ids },
    { offset: params.offset, limit: params.limit },
  )
  return { project_member_set: rows.map((row) => memberRecord(row, project.owner)), total_count: total }
}
