import { noTransitionKind } from './moves.js'

/** The change was made by the request (gaps G-N17). */
export const ChangeEipsBandwidth = noTransitionKind
