import { isoAt } from '../domain/clock.js'
import { bindingsOfResources, bindSecurityGroup } from '../db/stores/security-groups.js'
import type { HandlerContext } from '../actions/types.js'
import { ensureDefaultGroup } from './default-security-group.js'

/**
 * New instances use the group they were created with, else the caller's default group: every
 * instance is bound to exactly one group (docs/compat.md#instance-security-group).
 */
export async function bindNewInstances(
  ctx: Pick<HandlerContext, 'tx' | 'caller' | 'zone' | 'now'>,
  instanceIds: readonly string[],
  security_group_id?: string,
): Promise<void> {
  const group = security_group_id ?? (await ensureDefaultGroup(ctx.tx, ctx.caller.user_id, ctx.zone, ctx.now)).security_group_id
  const resources = instanceIds.map((resource_id) => ({ resource_id, resource_type: 'instance' as const }))
  await bindSecurityGroup(ctx.tx, resources, group, isoAt(ctx.now))
}

/** Clones use the group of the instance they were cloned from (its default group if it had none). */
export async function bindClones(
  ctx: Pick<HandlerContext, 'tx' | 'caller' | 'zone' | 'now'>,
  pairs: ReadonlyArray<{ source: string; clone: string }>,
): Promise<void> {
  const groups = new Map(
    (
      await bindingsOfResources(
        ctx.tx.db,
        pairs.map((p) => p.source),
      )
    ).map((b) => [b.resource_id, b.security_group_id]),
  )
  for (const { source, clone } of pairs) await bindNewInstances(ctx, [clone], groups.get(source))
}
