import { ApiError } from '../../protocol/errors.js'

/** Size ranges in GB by volume type, step 10 (spec iaas.md §5.0). */
const sizeRanges: Record<number, readonly [number, number]> = {
  0: [20, 1000],
  3: [20, 1000],
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
