import { defineAction } from '../../define.js'
import type { ParamShape } from '../../params.js'
import { p } from '../../params.js'

/** An async action that moves instances through one transition (docs/compat.md#resource-states). */
export function instanceMoveAction<const N extends string, const P extends ParamShape>(name: N, summary: string, extra: P) {
  return defineAction({
    name,
    service: 'instance',
    summary,
    mode: 'async',
    zone: 'required',
    permission: { resource: 'instance' },
    params: {
      instances: p.list(p.id('instance')).required().describe('instance IDs; all must be in a state that allows the move'),
      ...extra,
    },
    response: {},
    errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
  })
}
