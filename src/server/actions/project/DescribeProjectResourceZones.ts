import { itemZones } from '../../db/stores/project-items.js'
import type { Handler } from '../types.js'
import { projects } from '../../services/lookups/project.js'

export const DescribeProjectResourceZones: Handler<'DescribeProjectResourceZones'> = async (params, { tx }) => {
  const project = await projects.one(tx.db, params.project_id)
  const zones = await itemZones(tx.db, project.project_id)
  return { project_resource_zones_set: zones, total_count: zones.length }
}
