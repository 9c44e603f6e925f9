import { itemCount } from '../../db/stores/project-items.js'
import type { Handler } from '../types.js'
import { projects } from '../../services/lookups/project.js'

/** Billing is out of scope: prices are "0"; the counts are the project's real items (docs/compat.md#project-statistics). */
export const GetTotalEstimatedConsumption: Handler<'GetTotalEstimatedConsumption'> = async (params, { tx }) => {
  const project = await projects.one(tx.db, params.project_id)
  const count = await itemCount(tx.db, project.project_id)
  return {
    total_estimated_consumption_set: [],
    total_resource_count: count,
    elastic_resource_count: count,
    reserved_resource_count: 0,
    elastic_price: '0',
    reserved_price: '0',
    total_price: '0',
    total_count: 0,
  }
}
