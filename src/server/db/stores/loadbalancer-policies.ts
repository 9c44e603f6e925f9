import type { Queryable, Tx } from '../database.js'
import type { LoadbalancerPoliciesTable, LoadbalancerPolicyRulesTable } from '../schema/loadbalancer-policies.js'
import { ofIds } from './ids.js'
import { pageOf, type SortedPage } from './paging.js'
import { inScope, type Scope } from './scope.js'
import { matchesWord } from './search.js'

export type LoadbalancerPolicyRow = LoadbalancerPoliciesTable
export type LoadbalancerPolicyRuleRow = LoadbalancerPolicyRulesTable

export async function insertLoadbalancerPolicy(tx: Tx, row: LoadbalancerPolicyRow): Promise<void> {
  await tx.db.insertInto('loadbalancer_policies').values(row).execute()
}

export async function findLoadbalancerPolicies(q: Queryable, ids: readonly string[]): Promise<LoadbalancerPolicyRow[]> {
  return ofIds(ids, (list) => q.selectFrom('loadbalancer_policies').selectAll().where('loadbalancer_policy_id', 'in', list).execute())
}

export async function updateLoadbalancerPolicies(tx: Tx, ids: readonly string[], changes: Partial<LoadbalancerPolicyRow>): Promise<void> {
  if (ids.length > 0)
    await tx.db
      .updateTable('loadbalancer_policies')
      .set(changes)
      .where('loadbalancer_policy_id', 'in', [...ids])
      .execute()
}

/** Deletes the policies and every rule of theirs. */
export async function deleteLoadbalancerPolicies(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return
  await tx.db
    .deleteFrom('loadbalancer_policy_rules')
    .where('loadbalancer_policy_id', 'in', [...ids])
    .execute()
  await tx.db
    .deleteFrom('loadbalancer_policies')
    .where('loadbalancer_policy_id', 'in', [...ids])
    .execute()
}

export interface LoadbalancerPolicyFilter {
  scope: Scope
  zone_id: string
  loadbalancer_policy_ids?: string[] | undefined
  search_word?: string | undefined
}

export const loadbalancerPolicySortKeys = ['create_time', 'loadbalancer_policy_id', 'loadbalancer_policy_name', 'priority'] as const

export async function describeLoadbalancerPolicies(
  q: Queryable,
  f: LoadbalancerPolicyFilter,
  page: SortedPage<(typeof loadbalancerPolicySortKeys)[number]>,
): Promise<{ rows: LoadbalancerPolicyRow[]; total: number }> {
  let query = q
    .selectFrom('loadbalancer_policies')
    .where(inScope(f.scope, { id: 'loadbalancer_policies.loadbalancer_policy_id', owner: 'loadbalancer_policies.owner' }))
    .where('loadbalancer_policies.zone_id', '=', f.zone_id)
  if (f.loadbalancer_policy_ids) {
    query = query.where(
      'loadbalancer_policies.loadbalancer_policy_id',
      'in',
      f.loadbalancer_policy_ids.length ? f.loadbalancer_policy_ids : [''],
    )
  }
  if (f.search_word) {
    query = query.where(
      matchesWord('loadbalancer_policies.loadbalancer_policy_id', 'loadbalancer_policies.loadbalancer_policy_name', f.search_word),
    )
  }
  return pageOf(query, (s) => s.selectAll('loadbalancer_policies'), {
    ...page,
    orderBy: [[`loadbalancer_policies.${page.key}`, page.direction]],
    id: 'loadbalancer_policies.loadbalancer_policy_id',
  })
}

// Rules: parts of their policy.

export async function insertPolicyRules(tx: Tx, rows: readonly LoadbalancerPolicyRuleRow[]): Promise<void> {
  if (rows.length > 0)
    await tx.db
      .insertInto('loadbalancer_policy_rules')
      .values([...rows])
      .execute()
}

export async function findPolicyRules(q: Queryable, ids: readonly string[]): Promise<LoadbalancerPolicyRuleRow[]> {
  return ofIds(ids, (list) =>
    q.selectFrom('loadbalancer_policy_rules').selectAll().where('loadbalancer_policy_rule_id', 'in', list).execute(),
  )
}

/** The ids of every rule of these policies. */
export async function ruleIdsOfPolicies(q: Queryable, policyIds: readonly string[]): Promise<string[]> {
  const rows = await ofIds(policyIds, (list) =>
    q.selectFrom('loadbalancer_policy_rules').select('loadbalancer_policy_rule_id').where('loadbalancer_policy_id', 'in', list).execute(),
  )
  return rows.map((r) => r.loadbalancer_policy_rule_id)
}

export async function policyRuleCount(q: Queryable, policyId: string): Promise<number> {
  const row = await q
    .selectFrom('loadbalancer_policy_rules')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('loadbalancer_policy_id', '=', policyId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export async function updatePolicyRule(
  tx: Tx,
  id: string,
  changes: Partial<Pick<LoadbalancerPolicyRuleRow, 'loadbalancer_policy_rule_name' | 'val'>>,
): Promise<void> {
  await tx.db.updateTable('loadbalancer_policy_rules').set(changes).where('loadbalancer_policy_rule_id', '=', id).execute()
}

export async function deletePolicyRules(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0)
    await tx.db
      .deleteFrom('loadbalancer_policy_rules')
      .where('loadbalancer_policy_rule_id', 'in', [...ids])
      .execute()
}

export interface PolicyRuleFilter {
  scope: Scope
  zone_id: string
  loadbalancer_policy_id?: string | undefined
  rule_ids?: string[] | undefined
}

export async function describePolicyRules(
  q: Queryable,
  f: PolicyRuleFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: LoadbalancerPolicyRuleRow[]; total: number }> {
  // A rule is shared through its policy (a part), so a project's scope names the policy.
  let query = q
    .selectFrom('loadbalancer_policy_rules')
    .where(inScope(f.scope, { id: 'loadbalancer_policy_rules.loadbalancer_policy_id', owner: 'loadbalancer_policy_rules.owner' }))
    .where('zone_id', '=', f.zone_id)
  if (f.loadbalancer_policy_id) query = query.where('loadbalancer_policy_id', '=', f.loadbalancer_policy_id)
  if (f.rule_ids) query = query.where('loadbalancer_policy_rule_id', 'in', f.rule_ids.length ? f.rule_ids : [''])
  return pageOf(query, (s) => s.selectAll('loadbalancer_policy_rules'), {
    ...page,
    orderBy: [['loadbalancer_policy_rules.create_time', 'asc']],
    id: 'loadbalancer_policy_rules.loadbalancer_policy_rule_id',
  })
}

/**
 * The load balancers whose backends follow each policy (`loadbalancer_policy_id` on a backend), by
 * policy id: what DescribeLoadBalancerPolicies' verbose answers, what refuses a policy's deletion
 * and what ApplyLoadBalancerPolicy updates (docs/compat.md#loadbalancer-policies).
 */
export async function loadbalancersFollowing(q: Queryable, policyIds: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await ofIds(policyIds, (list) =>
    q
      .selectFrom('loadbalancer_backends')
      .select(['loadbalancer_policy_id', 'loadbalancer_id'])
      .distinct()
      .where('loadbalancer_policy_id', 'in', list)
      .orderBy('loadbalancer_policy_id')
      .orderBy('loadbalancer_id')
      .execute(),
  )
  const out = new Map<string, string[]>()
  for (const row of rows) out.set(row.loadbalancer_policy_id, [...(out.get(row.loadbalancer_policy_id) ?? []), row.loadbalancer_id])
  return out
}
