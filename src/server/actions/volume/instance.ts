import { ApiError } from '../../../protocol/errors.js'
import { checkInstanceMove, instanceMoves } from '../../domain/instances.js'
import type { InstanceRow } from '../../db/stores/instances.js'
import { instances } from '../../services/lookups/instance.js'
import type { HandlerContext } from '../types.js'

/** The instance of Attach/DetachVolumes (`instance`, or its alias `instance_id`): running or stopped and settled. */
export async function volumeInstance(
  ctx: HandlerContext,
  params: { instance?: string | undefined; instance_id?: string | undefined },
): Promise<InstanceRow> {
  const id = params.instance ?? params.instance_id
  if (id === undefined) throw new ApiError('MissingParameter', { param: 'instance' })
  const instance = await instances.one(ctx.tx.db, id, ctx.zone)
  checkInstanceMove(instance, instanceMoves.attach)
  return instance
}
