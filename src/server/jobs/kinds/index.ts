import type { ActionName, Actions } from '../../../protocol/actions/index.js'
import type { JobKind } from '../kind.js'
import { CreateVolumes } from './CreateVolumes.js'

export type AsyncActionName = { [A in ActionName]: Actions[A]['mode'] extends 'async' ? A : never }[ActionName]

/** The steps of every async action; a missing one is a compile error. */
export const jobKinds: { [A in AsyncActionName]: JobKind<never> } = {
  CreateVolumes,
}
