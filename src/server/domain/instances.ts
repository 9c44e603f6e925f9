import type { InstanceStatus, InstanceTransition } from '../../protocol/records/instance.js'
import { checkMove, type Move } from './moves.js'

export type InstanceMove = Move<InstanceStatus, InstanceTransition>

/** The instance state machine (docs/compat.md#resource-states). */
export const instanceMoves = {
  start: { from: ['stopped'], transition: 'starting', to: 'running', verb: 'started' },
  stop: { from: ['running'], transition: 'stopping', to: 'stopped', verb: 'stopped' },
  restart: { from: ['running'], transition: 'restarting', to: 'running', verb: 'restarted' },
  reset: { from: ['running', 'stopped'], transition: 'resetting', to: 'same', verb: 'reset' },
  resize: { from: ['stopped'], transition: 'resizing', to: 'stopped', verb: 'resized' },
  terminate: { from: ['running', 'stopped', 'suspended'], transition: 'terminating', to: 'terminated', verb: 'terminated' },
  // No transition value is documented for ceasing: the record stays terminated until the job ends.
  cease: { from: ['terminated'], transition: '', to: 'ceased', verb: 'ceased' },
  capture: { from: ['stopped'], transition: '', to: 'same', verb: 'captured' },
  clone: { from: ['running', 'stopped'], transition: '', to: 'same', verb: 'cloned' },
  /** The instance side of attaching or detaching volumes and key pairs. */
  attach: { from: ['running', 'stopped'], transition: '', to: 'same', verb: 'changed' },
  snapshot: { from: ['running', 'stopped'], transition: '', to: 'same', verb: 'snapshotted' },
  applySnapshot: { from: ['stopped'], transition: 'resetting', to: 'same', verb: 'rolled back' },
} as const satisfies Record<string, InstanceMove>

export type InstanceMoveName = keyof typeof instanceMoves

export function checkInstanceMove(
  instance: { instance_id: string; status: InstanceStatus; transition_status: InstanceTransition },
  move: InstanceMove,
): void {
  checkMove({ label: 'instance', id: instance.instance_id }, instance, move)
}
