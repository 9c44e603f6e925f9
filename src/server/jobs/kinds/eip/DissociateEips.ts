import { eipMoveKind } from './moves.js'

/** associated/dissociating → available, the holder (instance or router) loses it (docs/compat.md#resource-states). */
export const DissociateEips = eipMoveKind('dissociating', 3000, { status: 'available', resource_id: null, resource_type: null })
