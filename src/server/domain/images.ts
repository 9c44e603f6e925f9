import { ApiError } from '../../protocol/errors.js'
import type { ImageStatus, ImageTransition } from '../../protocol/records/image.js'
import { checkMove, type Move } from './moves.js'

/** OS disk sizes by platform, GB (docs/compat.md#os-disk-size). */
const osDisk = { linux: { min: 20, max: 100 }, windows: { min: 50, max: 100 } } as const

export type Platform = keyof typeof osDisk

/** The OS disk size of a new instance: the requested one within the platform's range, else the minimum. */
export function osDiskSize(platform: Platform, requested: number | undefined): number {
  const { min, max } = osDisk[platform]
  if (requested === undefined) return min
  if (requested < min || requested > max) {
    throw new ApiError('InvalidParameter', {
      param: 'os_disk_size',
      reason: `must be from ${min} to ${max} GB for a ${platform} image (got [${requested}])`,
    })
  }
  return requested
}

export interface LoginRequest {
  login_mode: 'keypair' | 'passwd'
  login_keypair?: string | undefined
  login_passwd?: string | undefined
}

/** Each login mode needs its companion; Windows logs in only with a password (docs/compat.md#login-passwd). */
export function checkLogin(platform: Platform, login: LoginRequest): void {
  if (login.login_mode === 'keypair') {
    if (platform === 'windows') {
      throw new ApiError('InvalidParameter', { param: 'login_mode', reason: 'must be passwd for a windows image' })
    }
    if (!login.login_keypair) throw new ApiError('MissingParameter', { param: 'login_keypair' })
  } else if (!login.login_passwd) {
    throw new ApiError('MissingParameter', { param: 'login_passwd' })
  }
}

interface ImageState {
  image_id: string
  status: ImageStatus
  transition_status: ImageTransition
}

/** New instances need an available, settled image (deprecated ones serve existing instances only). */
export function checkImageUsable(image: ImageState): void {
  if (image.status !== 'available' || image.transition_status !== '') {
    const state = image.transition_status || image.status
    throw new ApiError('PermissionDenied', { reason: `image [${image.image_id}] is ${state}, can not be used to create instances` })
  }
}

/**
 * The OS disk after a reset (docs/compat.md#reset-instances): it only grows, to the requested size or to what the
 * (new) image's platform needs at least.
 */
export function resetDiskSize(instance_id: string, platform: Platform, current: number, requested: number | undefined): number {
  const size = osDiskSize(platform, requested ?? Math.max(current, osDisk[platform].min))
  if (size < current) {
    throw new ApiError('InvalidParameter', {
      param: 'os_disk_size',
      reason: `can only grow the ${current} GB OS disk of instance [${instance_id}] (got [${size}])`,
    })
  }
  return size
}

export type ImageMove = Move<ImageStatus, ImageTransition>

/** The image state machine (docs/compat.md#resource-states); capture is the creation pending/creating → available. */
export const imageMoves = {
  delete: { from: ['available'], transition: 'deleting', to: 'deleted', verb: 'deleted' },
} as const satisfies Record<string, ImageMove>

export function checkImageMove(image: ImageState, move: ImageMove): void {
  checkMove({ label: 'image', id: image.image_id }, image, move)
}
