import { ApiError } from '../../../protocol/errors.js'
import type { Queryable } from '../../db/database.js'
import { actionsOf, alarmsOf, findAlarmPolicies, rulesOf, type AlarmPolicyRow } from '../../db/stores/alarms.js'

/** The live policy, or 2100 naming it (the authorize stage already checked who owns it). */
export async function policyOf(q: Queryable, id: string): Promise<AlarmPolicyRow> {
  const [row] = await findAlarmPolicies(q, [id])
  if (!row) throw new ApiError('ResourceNotFound', { resource: 'alarm policy', id })
  return row
}

export async function ruleOf(q: Queryable, id: string) {
  const [row] = await rulesOf(q, { ids: [id] })
  if (!row) throw new ApiError('ResourceNotFound', { resource: 'alarm policy rule', id })
  return row
}

export async function actionOf(q: Queryable, id: string) {
  const [row] = await actionsOf(q, { ids: [id] })
  if (!row) throw new ApiError('ResourceNotFound', { resource: 'alarm policy action', id })
  return row
}

export async function alarmOf(q: Queryable, id: string) {
  const [row] = await alarmsOf(q, { ids: [id] })
  if (!row) throw new ApiError('ResourceNotFound', { resource: 'alarm', id })
  return row
}
