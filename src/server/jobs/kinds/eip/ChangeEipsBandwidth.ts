import { noTransitionKind } from './moves.js'

/** The change was made by the request (docs/compat.md#eip-bandwidth-billing). */
export const ChangeEipsBandwidth = noTransitionKind
