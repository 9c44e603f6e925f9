import type { Queryable } from '../../db/database.js'
import { checkSetTypes, type SetReference } from '../../domain/security-groups.js'
import { securityGroupIpsets } from '../../services/lookups/security_group.js'

/**
 * The sets a rule's fields name exist in the zone and are of each field's kind. Someone else's set
 * was refused by the authorize stage; one that never existed reads the same (2100).
 */
export async function checkNamedSets(q: Queryable, references: readonly SetReference[], zone: string): Promise<void> {
  const ids = references.map((ref) => ref.ipset)
  checkSetTypes(references, await securityGroupIpsets.all(q, ids, zone))
}
