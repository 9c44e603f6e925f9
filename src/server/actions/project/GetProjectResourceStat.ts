import { formatQingTime } from '../../../protocol/time.js'
import { projectUsage } from '../../db/stores/project-items.js'
import type { Handler } from '../types.js'
import { projects } from '../../services/lookups/project.js'
import { CONSOLE_ID } from './records.js'

/** One record of the project's current usage (docs/compat.md#project-statistics); SD-WAN fields are 0. */
export const GetProjectResourceStat: Handler<'GetProjectResourceStat'> = async (params, { tx, now }) => {
  const started = performance.now()
  const project = await projects.one(tx.db, params.project_id)
  const usage = await projectUsage(tx.db, project.project_id)
  const record = {
    resource_group_id: project.resource_group_id,
    console_id: CONSOLE_ID,
    duration: 'daily',
    end_time: formatQingTime(now),
    ...usage,
    eip_bandwidth: 0,
    wan_connect_bandwidth: 0,
    wan_connect_count: 0,
    wan_cpe_bandwidth: 0,
    wan_cpe_count: 0,
    wan_line_bandwidth: 0,
    wan_line_count: 0,
    wan_vpc_bandwidth: 0,
    wan_vpc_count: 0,
  }
  const data = params.offset > 0 ? [] : [record]
  return { elapsed_time: (performance.now() - started) / 1000, data, total_count: 1 }
}
