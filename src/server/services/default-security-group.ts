import { isoAt } from '../domain/clock.js'
import { newId } from '../domain/ids.js'
import { defaultGroupName, defaultRules } from '../domain/security-groups.js'
import type { Tx } from '../db/database.js'
import { registerNew } from '../db/stores/resources.js'
import { findDefaultGroup, insertRules, insertSecurityGroups, type SecurityGroupRow } from '../db/stores/security-groups.js'

/**
 * The user's default group in a zone, created on first need with its ping and SSH rules
 * (docs/compat.md#default-security-group). Two first requests racing both insert; the unique `default_key` lets one commit and
 * reruns the other, which then finds the group.
 */
export async function ensureDefaultGroup(tx: Tx, owner: string, zone_id: string, now: number): Promise<SecurityGroupRow> {
  const found = await findDefaultGroup(tx.db, owner, zone_id)
  if (found) return found
  const at = isoAt(now)
  const group: SecurityGroupRow = {
    security_group_id: newId('sg-'),
    security_group_name: defaultGroupName,
    description: null,
    is_applied: 1,
    is_default: 1,
    default_key: `${owner}/${zone_id}`,
    owner,
    zone_id,
    create_time: at,
  }
  await insertSecurityGroups(tx, [group])
  const rules = defaultRules.map((rule) => ({
    ...rule,
    security_group_rule_id: newId('sgr-'),
    security_group_id: group.security_group_id,
    disabled: 0,
    owner,
    zone_id,
    create_time: at,
  }))
  await insertRules(tx, rules)
  // The account's group, not the request's result: it never joins the project a request targets.
  const where = { owner, zone_id, create_time: at }
  const outsideProjects = { tx, createIn: undefined }
  await registerNew(outsideProjects, 'security_group', [group.security_group_id], where)
  await registerNew(
    outsideProjects,
    'security_group_rule',
    rules.map((r) => r.security_group_rule_id),
    where,
  )
  return group
}
