import { resolveActionName, type ActionName } from '../../protocol/actions/index.js'
import type { RawParams } from '../../protocol/codec.js'
import { ApiError } from '../../protocol/errors.js'

/** Looks `action` up in the registry: unknown → 1101 naming it (docs/compat.md#unknown-action). */
export function resolve(params: RawParams): { action: ActionName; wireAction: string } {
  const wireAction = params.get('action')
  if (wireAction === undefined || wireAction === '') throw new ApiError('MissingParameter', { param: 'action' })
  const action = resolveActionName(wireAction)
  if (!action) throw new ApiError('InvalidAction', { action: wireAction.slice(0, 128) })
  return { action, wireAction }
}
