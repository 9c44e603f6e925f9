import type { Tx } from '../database.js'
import { detachKeypairs } from './keypairs.js'
import { dropEipsOfHolders } from './eips.js'
import { releaseNics } from './nics.js'
import { unbindSecurityGroups } from './security-groups.js'
import { detachAllVolumes } from './volumes.js'

/**
 * The one place that lets go of what instances hold when they are terminated or fail to be
 * created (docs/compat.md#termination): volumes become available, key pairs are detached, NICs and their
 * private addresses are released. Resources other services attach to instances (EIPs, security
 * groups) let go here too, in the same transaction.
 */
export async function releaseInstanceResources(tx: Tx, instanceIds: readonly string[], at: string): Promise<void> {
  await detachAllVolumes(tx, instanceIds, at)
  await detachKeypairs(tx, instanceIds)
  await releaseNics(tx, instanceIds)
  await unbindSecurityGroups(tx, instanceIds)
  await dropEipsOfHolders(tx, instanceIds, at)
}
