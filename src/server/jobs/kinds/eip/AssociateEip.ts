import { eipMoveKind } from './moves.js'

/** available/associating → associated; a failed job leaves the EIP available and unheld. */
export const AssociateEip = eipMoveKind('associating', 3000, { status: 'associated' }, { resource_id: null, resource_type: null })
