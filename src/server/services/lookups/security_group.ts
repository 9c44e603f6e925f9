import { lookupOf } from '../../domain/lookup.js'
import { findIpsets, findSnapshots } from '../../db/stores/security-group-sets.js'
import { findRules, findSecurityGroups } from '../../db/stores/security-groups.js'

/** `securityGroups.all(q, ids, zone)` / `.one(…)`: rows, or 2100 for the first unknown id. */
export const securityGroups = lookupOf(findSecurityGroups, (row) => row.security_group_id, 'security group')
export const securityGroupRules = lookupOf(findRules, (row) => row.security_group_rule_id, 'security group rule')
export const securityGroupSnapshots = lookupOf(findSnapshots, (row) => row.security_group_snapshot_id, 'security group snapshot')
export const securityGroupIpsets = lookupOf(findIpsets, (row) => row.security_group_ipset_id, 'security group IP set')
