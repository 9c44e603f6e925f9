import { ApiError } from '../../protocol/errors.js'

/** A tag's name: required, fewer than 15 characters counted as code points (docs/compat.md#tag-names). */
export function checkTagName(name: string, param = 'tag_name'): string {
  const trimmed = name.trim()
  if (trimmed === '') throw new ApiError('MissingParameter', { param })
  if ([...trimmed].length >= 15)
    throw new ApiError('InvalidParameter', { param, reason: `must be fewer than 15 characters (got [${trimmed}])` })
  return trimmed
}

/** Tags QingCloud's console shows without a colour of their own. */
export const defaultTagColor = '#9f9bb7'
