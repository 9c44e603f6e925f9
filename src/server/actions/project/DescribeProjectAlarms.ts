import { DescribeAlarms } from '../../../protocol/actions/alarm/DescribeAlarms.js'
import { accessTo } from '../../db/stores/project-access.js'
import { alarmsOfProject } from '../../db/stores/alarms.js'
import type { AlarmState } from '../../domain/alarms.js'
import { ruleGrants } from '../../domain/projects.js'
import { wireTime } from '../../../protocol/time.js'
import type { Handler } from '../types.js'
import { projects } from '../../services/lookups/project.js'

const MONITORED = ['instance', 'eip', 'router'] as const

/**
 * The alarms of the project's items (docs/compat.md#project-alarms): all of them for the owner; for a
 * member, those on items of the types its role may describe.
 */
export const DescribeProjectAlarms: Handler<'DescribeProjectAlarms'> = async (params, { tx, caller }) => {
  const project = await projects.one(tx.db, params.project_id)
  let types: string[] | undefined
  if (project.owner !== caller.user_id) {
    const rules = (await accessTo(tx.db, caller.user_id, [project.project_id])).get(project.project_id)?.member?.rules ?? []
    types = MONITORED.filter((type) =>
      rules.some((rule) =>
        ruleGrants(rule, { action: DescribeAlarms.name, resource_type: type, declared: 'alarm', operation: 'describe' }),
      ),
    )
  }
  const { rows, total } = await alarmsOfProject(tx.db, project.project_id, types, params)
  const project_resource_alarm_set = rows.map((row) => ({
    alarm_id: row.alarm_id,
    status: row.status as AlarmState,
    alarm_policy_id: row.alarm_policy_id,
    resource_id: row.resource_id,
    resource_type: row.resource_type,
    related_resource: row.related_resource,
    create_time: wireTime(row.create_time),
    status_time: wireTime(row.status_time),
  }))
  return { project_resource_alarm_set, total_count: total }
}
