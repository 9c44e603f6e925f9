import { checkInstanceMove, instanceMoves } from '../../domain/instances.js'
import type { HandlerContext } from '../types.js'
import { instances } from '../../services/lookups/instance.js'
import { keypairs } from '../../services/lookups/keypair.js'

/**
 * Attach/DetachKeyPairs: every key pair exists and every instance is running or stopped and
 * settled, or nothing happens; the job binds (or unbinds) them when it ends.
 */
export async function enqueueKeypairJob(
  ctx: HandlerContext<{ keypairs: string[]; instances: string[] }>,
  params: { keypairs: string[]; instances: string[] },
): Promise<string> {
  const pairs = (await keypairs.all(ctx.tx.db, params.keypairs, ctx.zone)).map((k) => k.keypair_id)
  const rows = await instances.all(ctx.tx.db, params.instances, ctx.zone)
  for (const row of rows) checkInstanceMove(row, instanceMoves.attach)
  const ids = rows.map((row) => row.instance_id)
  return ctx.enqueueJob({ resource_ids: [...pairs, ...ids], directive: { keypairs: pairs, instances: ids } })
}
