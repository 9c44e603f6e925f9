import type { Handler } from '../types.js'
import { projects } from '../../services/lookups/project.js'

/** No alarm policies exist in qingstack, so no resource raises alarms (docs/compat.md#project-statistics). */
export const DescribeProjectAlarms: Handler<'DescribeProjectAlarms'> = async (params, { tx }) => {
  await projects.one(tx.db, params.project_id)
  return { project_resource_alarm_set: [], total_count: 0 }
}
