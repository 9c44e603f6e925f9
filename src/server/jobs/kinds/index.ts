import type { ActionName, Actions } from '../../../protocol/actions/index.js'
import type { JobKind } from '../kind.js'
import { AttachKeyPairs } from './AttachKeyPairs.js'
import { AttachVolumes } from './AttachVolumes.js'
import { CeaseInstances } from './CeaseInstances.js'
import { CreateVolumes } from './CreateVolumes.js'
import { DeleteVolumes } from './DeleteVolumes.js'
import { DetachKeyPairs } from './DetachKeyPairs.js'
import { DetachVolumes } from './DetachVolumes.js'
import { ResizeVolumes } from './ResizeVolumes.js'
import { RestartInstances } from './RestartInstances.js'
import { RunInstances } from './RunInstances.js'
import { StartInstances } from './StartInstances.js'
import { StopInstances } from './StopInstances.js'
import { TerminateInstances } from './TerminateInstances.js'

export type AsyncActionName = { [A in ActionName]: Actions[A]['mode'] extends 'async' ? A : never }[ActionName]

/** The steps of every async action; a missing one is a compile error. */
export const jobKinds: { [A in AsyncActionName]: JobKind<never> } = {
  AttachKeyPairs,
  AttachVolumes,
  CeaseInstances,
  CreateVolumes,
  DeleteVolumes,
  DetachKeyPairs,
  DetachVolumes,
  ResizeVolumes,
  RestartInstances,
  RunInstances,
  StartInstances,
  StopInstances,
  TerminateInstances,
}
