import { itemCount } from '../../db/stores/project-items.js'
import { projectItemsOf } from '../../db/stores/leases.js'
import { HOUR_MS, feeIn } from '../../domain/charges.js'
import { formatUnits } from '../../domain/prices.js'
import { pricedLeases } from '../../services/billing.js'
import type { Handler } from '../types.js'
import { projects } from '../../services/lookups/project.js'

const UNIT_MS: Record<string, number> = { h: HOUR_MS, d: 24 * HOUR_MS, w: 7 * 24 * HOUR_MS }

/**
 * The charges the project's current items made in the last `duration` (docs/compat.md#project-consumption),
 * from the same leases as GetChargeSums; every item is elastic (no reserved contracts), so
 * `elastic_price` is `total_price` and `reserved_price` is "0".
 */
export const GetTotalEstimatedConsumption: Handler<'GetTotalEstimatedConsumption'> = async (params, ctx) => {
  const project = await projects.one(ctx.tx.db, params.project_id)
  const count = await itemCount(ctx.tx.db, project.project_id)
  const items = await projectItemsOf(ctx.tx.db, [project.project_id])
  const from = params.duration ? ctx.now - Number(params.duration.slice(0, -1)) * UNIT_MS[params.duration.slice(-1)]! : -Infinity
  const leases = await pricedLeases(ctx, { resource_ids: items.map((item) => item.resource_id) })
  const feeOf = new Map<string, number>()
  for (const lease of leases) feeOf.set(lease.resource_id, (feeOf.get(lease.resource_id) ?? 0) + feeIn(lease, ctx.now, from, ctx.now))
  const groups = new Map<string, { resource_count: number; fee: number }>()
  let total = 0
  for (const item of items) {
    const key = item[params.group_by]
    const group = groups.get(key) ?? { resource_count: 0, fee: 0 }
    const fee = feeOf.get(item.resource_id) ?? 0
    group.resource_count += 1
    group.fee += fee
    total += fee
    groups.set(key, group)
  }
  const set = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, group]) => ({
      [params.group_by]: key,
      resource_count: group.resource_count,
      elastic_price: formatUnits(group.fee),
      reserved_price: '0',
      total_price: formatUnits(group.fee),
    }))
  return {
    total_estimated_consumption_set: set.slice(params.offset, params.offset + params.limit),
    total_resource_count: count,
    elastic_resource_count: count,
    reserved_resource_count: 0,
    elastic_price: formatUnits(total),
    reserved_price: '0',
    total_price: formatUnits(total),
    total_count: set.length,
  }
}
