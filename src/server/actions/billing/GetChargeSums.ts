import { isoAt } from '../../domain/clock.js'
import { itemsOf } from '../../db/stores/project-items.js'
import { feeIn, periodsOf } from '../../domain/charges.js'
import { formatUnits } from '../../domain/prices.js'
import { pricedLeases, projectResources, requireSelf, windowOf } from '../../services/billing.js'
import type { Handler } from '../types.js'

type Dimension = 'project_id' | 'resource_id' | 'zone_id' | 'user_id' | 'resource_type'

/**
 * Sums per period and per group (docs/compat.md#billing-sums): `charge_sum_set` maps the first
 * dimension's value (the account when there is none) to its sums, one per combination of the others
 * and period. `total_count` counts the sums; offset and limit page them; `total_sum` covers all.
 */
export const GetChargeSums: Handler<'GetChargeSums'> = async (params, ctx) => {
  requireSelf(ctx, 'user', params.user)
  requireSelf(ctx, 'root_user', params.root_user === undefined ? undefined : [params.root_user])
  const [from, to] = windowOf(ctx, params)
  const dims = [...new Set((params.group_by ?? []).map((d): Dimension => (d === 'reousrce_type' ? 'resource_type' : d)))]
  const inProjects = params.project_id?.length ? await projectResources(ctx, params.project_id, 'project_id') : undefined
  const leases = await pricedLeases(ctx, {
    ...(inProjects ? { resource_ids: [...inProjects.keys()] } : { owners: [ctx.caller.user_id] }),
    resource_types: params.resource_type,
    zone_ids: ctx.zone ? [ctx.zone] : undefined,
    endingAfter: Number.isFinite(from) ? isoAt(from) : undefined,
    startingBefore: isoAt(to),
  })
  const named = params.resource?.length ? new Set(params.resource) : undefined
  const chosen = named ? leases.filter((l) => named.has(l.resource_id)) : leases
  let projectsOf = inProjects
  if (!projectsOf && dims.includes('project_id')) {
    projectsOf = new Map()
    for (const item of await itemsOf(ctx.tx.db, [...new Set(chosen.map((l) => l.resource_id))])) {
      projectsOf.set(item.resource_id, [...(projectsOf.get(item.resource_id) ?? []), item.project_id])
    }
  }
  const sums = new Map<string, { fields: Record<string, string>; fee: number }>()
  let total = 0
  for (const lease of chosen) {
    total += feeIn(lease, ctx.now, from, to)
    for (const period of periodsOf(lease, ctx.now, params.duration, from, to)) {
      const fee = feeIn(lease, ctx.now, period.from, period.to)
      if (fee === 0) continue
      // A resource in two projects counts in each project's sum; `total_sum` counts it once.
      for (const project_id of dims.includes('project_id') ? (projectsOf?.get(lease.resource_id) ?? ['']) : ['']) {
        const values: Record<Dimension, string> = {
          project_id,
          resource_id: lease.resource_id,
          zone_id: lease.zone_id,
          user_id: lease.owner,
          resource_type: lease.resource_type,
        }
        const fields: Record<string, string> = { root_user_id: lease.owner, total: period.label }
        for (const dim of dims) fields[dim] = values[dim]
        const key = JSON.stringify([...dims.map((d) => values[d]), lease.owner, period.label])
        const sum = sums.get(key) ?? { fields, fee: 0 }
        sum.fee += fee
        sums.set(key, sum)
      }
    }
  }
  const ordered = [...sums.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, sum]) => sum)
  const charge_sum_set: Record<
    string,
    Array<{ fee: string; total: string; root_user_id: string } & Record<string, string>>
  > = Object.create(null)
  for (const sum of ordered.slice(params.offset, params.offset + params.limit)) {
    const key = dims.length > 0 ? sum.fields[dims[0]!]! : sum.fields.root_user_id!
    ;(charge_sum_set[key] ??= []).push({
      fee: formatUnits(sum.fee),
      total: sum.fields.total!,
      root_user_id: sum.fields.root_user_id!,
      ...sum.fields,
    })
  }
  return { charge_sum_set: { ...charge_sum_set }, total_sum: formatUnits(total), total_count: ordered.length }
}
