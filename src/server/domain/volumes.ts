import { ApiError } from '../../protocol/errors.js'
import type { VolumeStatus, VolumeTransition } from '../../protocol/records/volume.js'
import { checkMove, type Move } from './moves.js'

/**
 * Size ranges in GB by volume type, step 10, for CreateVolumes and ResizeVolumes alike. Types 0 and 3
 * start at 10 GB, as QingCloud accepts from its own clients (docs/compat.md#volume-size-10).
 */
const sizeRanges: Record<number, readonly [number, number]> = {
  0: [10, 1000],
  3: [10, 1000],
  2: [20, 5000],
  100: [20, 2000],
  200: [20, 2000],
  5: [20, 5120],
}
const DEFAULT_RANGE = [20, 5000] as const

export function checkVolumeSize(size: number, volume_type: number): void {
  const [min, max] = sizeRanges[volume_type] ?? DEFAULT_RANGE
  if (size < min || size > max || size % 10 !== 0) {
    throw new ApiError('InvalidParameter', {
      param: 'size',
      reason: `must be a multiple of 10 from ${min} to ${max} for volume_type ${volume_type} (got [${size}])`,
    })
  }
}

export type VolumeMove = Move<VolumeStatus, VolumeTransition>

/** The volume state machine (docs/compat.md#resource-states). */
export const volumeMoves = {
  attach: { from: ['available'], transition: 'attaching', to: 'in-use', verb: 'attached' },
  detach: { from: ['in-use'], transition: 'detaching', to: 'available', verb: 'detached' },
  delete: { from: ['available'], transition: 'deleting', to: 'deleted', verb: 'deleted' },
  resize: { from: ['available'], transition: 'resizing', to: 'available', verb: 'resized' },
  snapshot: { from: ['available', 'in-use'], transition: '', to: 'same', verb: 'snapshotted' },
  clone: { from: ['available', 'in-use'], transition: '', to: 'same', verb: 'cloned' },
  // Rolling back to a backup point has no documented transition; `recovering` is the nearest.
  applySnapshot: { from: ['available'], transition: 'recovering', to: 'available', verb: 'rolled back' },
} as const satisfies Record<string, VolumeMove>

export function checkVolumeMove(
  volume: { volume_id: string; status: VolumeStatus; transition_status: VolumeTransition },
  move: VolumeMove,
): void {
  checkMove({ label: 'volume', id: volume.volume_id }, volume, move)
}

/** Device names in attach order; an instance takes at most this many volumes. */
const devices = ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'].map((letter) => `/dev/sd${letter}`)

/** The first `count` free device names of an instance, or 1400 when it has no room left. */
export function nextDevices(instance_id: string, used: readonly (string | null)[], count: number): string[] {
  const free = devices.filter((device) => !used.includes(device))
  if (free.length < count) {
    throw new ApiError('PermissionDenied', {
      reason: `instance [${instance_id}] can take ${devices.length} volumes, it has ${used.length}: can not attach ${count} more`,
    })
  }
  return free.slice(0, count)
}

/**
 * Which instance classes a volume type attaches to (docs/compat.md#volume-types): performance volumes to
 * performance instances, super-high-performance ones to high-performance instances, basic and
 * enterprise SSD ones to their classes; the others to any instance.
 */
const classesOf: Partial<Record<number, readonly number[]>> = { 0: [0], 3: [1], 100: [101], 200: [201] }

export function checkVolumeFits(
  volume: { volume_id: string; volume_type: number },
  instance: { instance_id: string; instance_class: number },
): void {
  const classes = classesOf[volume.volume_type]
  if (classes && !classes.includes(instance.instance_class)) {
    throw new ApiError('PermissionDenied', {
      reason: `volume [${volume.volume_id}] of volume_type ${volume.volume_type} can not be attached to instance [${instance.instance_id}] of instance_class ${instance.instance_class}`,
    })
  }
}
