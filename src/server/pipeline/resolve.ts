import { actions, resolveActionName, type ActionName } from '../../protocol/actions/index.js'
import type { RawParams } from '../../protocol/codec.js'
import { endpointOf, type Endpoint } from '../../protocol/define.js'
import { ApiError } from '../../protocol/errors.js'

/**
 * Looks `action` up in the registry: unknown → 1101 naming it (docs/compat.md#unknown-action). An
 * action is known only on its service's endpoint: qingstack's own on `/qingstack/`, QingCloud's on
 * `/iaas/`; elsewhere it is as unknown as any other name.
 */
export function resolve(params: RawParams, endpoint: Endpoint): { action: ActionName; wireAction: string } {
  const wireAction = params.get('action')
  if (wireAction === undefined || wireAction === '') throw new ApiError('MissingParameter', { param: 'action' })
  const action = resolveActionName(wireAction)
  if (!action || endpointOf(actions[action].service) !== endpoint) throw new ApiError('InvalidAction', { action: wireAction.slice(0, 128) })
  return { action, wireAction }
}
