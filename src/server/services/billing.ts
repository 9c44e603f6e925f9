import { ApiError } from '../../protocol/errors.js'
import { parseQingTime } from '../../protocol/time.js'
import type { HandlerContext } from '../actions/types.js'
import { findLeases, projectItemsOf, type LeaseFilter, type LeaseRow, type LeaseSpec } from '../db/stores/leases.js'
import { accessTo, memberProjectsOf } from '../db/stores/project-access.js'
import { findResources, type ResourceRow } from '../db/stores/resources.js'
import type { PricedLease } from '../domain/charges.js'
import { hourlyUnits, type PriceSpec, type PriceTable } from '../domain/prices.js'
import { ruleGrants } from '../domain/projects.js'

/** What the lease store records is what the price table reads: a drift between them does not compile. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
export const specsAgree: Same<LeaseSpec, PriceSpec> = true

/** Leases with their hourly price from the table in force (docs/compat.md#billing-charges). */
export function priced(prices: PriceTable, rows: readonly LeaseRow[]): PricedLease[] {
  return rows.map((row) => ({
    contract_id: row.contract_id,
    resource_id: row.resource_id,
    resource_type: row.resource_type,
    owner: row.owner,
    zone_id: row.zone_id,
    start: Date.parse(row.start_time),
    end: row.end_time === null ? undefined : Date.parse(row.end_time),
    units: hourlyUnits(prices, JSON.parse(row.spec) as PriceSpec),
  }))
}

export async function pricedLeases(ctx: HandlerContext, filter: LeaseFilter): Promise<PricedLease[]> {
  return priced(ctx.config.prices, await findLeases(ctx.tx.db, filter))
}

/** `start_time` / `end_time` as a window (from, to]; the end never later than now. */
export function windowOf(
  ctx: HandlerContext,
  params: { start_time?: string | undefined; end_time?: string | undefined },
): [number, number] {
  const at = (name: 'start_time' | 'end_time') => {
    const text = params[name]
    if (text === undefined) return undefined
    const ms = parseQingTime(text)
    if (ms === undefined) throw new ApiError('InvalidParameter', { param: name, reason: `is not a valid UTC time (got [${text}])` })
    return ms
  }
  const from = at('start_time') ?? -Infinity
  const to = Math.min(at('end_time') ?? ctx.now, ctx.now)
  return [from, to]
}

/**
 * The resource whose charges the caller asks for (docs/compat.md#billing-visibility): its own, or an
 * item of a project where the caller's role may describe that type (1400 without the rule). Any
 * other id reads as unknown (2100), as it does everywhere (docs/compat.md#foreign-ids-read-as-unknown).
 */
export async function billedResource(ctx: HandlerContext, resource_id: string): Promise<ResourceRow> {
  const [row] = await findResources(ctx.tx.db, [resource_id])
  const unknown = new ApiError('ResourceNotFound', { resource: 'resource', id: resource_id })
  if (!row) throw unknown
  if (row.owner === ctx.caller.user_id) return row
  const memberships = await memberProjectsOf(ctx.tx.db, ctx.caller.user_id, [resource_id])
  const access = [...(await accessTo(ctx.tx.db, ctx.caller.user_id, [...new Set(memberships.map((m) => m.project_id))])).values()]
  if (access.length === 0) throw unknown
  const need = { action: 'GetChargeRecords', resource_type: row.resource_type, declared: row.resource_type, operation: 'describe' as const }
  if (access.some((project) => project.member?.rules.some((rule) => ruleGrants(rule, need)))) return row
  throw new ApiError('PermissionDenied', {
    reason: `the charges of ${row.resource_type} [${resource_id}] are not visible in project [${access[0]!.project_id}]: the role has no enabled rule granting ${row.resource_type}.describe`,
  })
}

/**
 * The current items of these projects whose charges the caller may read: all of them for the owner,
 * those of the types a member's role may describe for a member; 2100 for an unknown project, 1400
 * for one the caller is not in.
 */
export async function projectResources(ctx: HandlerContext, project_ids: readonly string[], param: string): Promise<Map<string, string[]>> {
  const access = await accessTo(ctx.tx.db, ctx.caller.user_id, project_ids)
  for (const project_id of project_ids) {
    const project = access.get(project_id)
    if (!project) throw new ApiError('ResourceNotFound', { resource: 'project', id: project_id })
    if (project.owner !== ctx.caller.user_id && !project.member) {
      throw new ApiError('PermissionDenied', {
        reason: `parameter [${param}]: user [${ctx.caller.user_id}] is not a member of project [${project_id}]`,
      })
    }
  }
  const projectsOf = new Map<string, string[]>()
  for (const item of await projectItemsOf(ctx.tx.db, project_ids)) {
    const project = access.get(item.project_id)!
    const need = {
      action: 'GetChargeSums',
      resource_type: item.resource_type,
      declared: item.resource_type,
      operation: 'describe' as const,
    }
    if (project.owner !== ctx.caller.user_id && !project.member?.rules.some((rule) => ruleGrants(rule, need))) continue
    projectsOf.set(item.resource_id, [...(projectsOf.get(item.resource_id) ?? []), item.project_id])
  }
  return projectsOf
}

/** 1400 when `user` names someone else: charges are the caller's own (docs/compat.md#billing-visibility). */
export function requireSelf(ctx: HandlerContext, param: string, users: readonly string[] | undefined): void {
  const other = users?.find((user) => user !== ctx.caller.user_id)
  if (other !== undefined) {
    throw new ApiError('PermissionDenied', { reason: `parameter [${param}]: the charges of user [${other}] are not the caller's` })
  }
}
