import type { RawParams } from '../../protocol/codec.js'
import type { AnyAction } from '../../protocol/define.js'
import { ApiError } from '../../protocol/errors.js'
import type { ParamShape } from '../../protocol/params.js'
import type { ZoneConfig } from '../config.js'

/**
 * Resolves `zone` (an availability zone of a configured region acts on the region, docs/compat.md#regions-and-zones) and
 * reads every declared parameter through its descriptor; errors name the parameter (1100).
 * Parameters the action does not declare are ignored (docs/compat.md#unknown-parameters).
 */
export function validate(
  descriptor: AnyAction,
  params: RawParams,
  zones: readonly ZoneConfig[],
): { zone: string; values: Record<string, unknown> } {
  const zone = resolveZone(descriptor, params.get('zone')?.trim(), zones)
  const values: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(descriptor.params as ParamShape)) {
    const value = spec.read(params, name)
    if (value !== undefined) values[name] = value
  }
  return { zone, values }
}

function resolveZone(descriptor: AnyAction, given: string | undefined, zones: readonly ZoneConfig[]): string {
  if (descriptor.zone === 'none') return ''
  if (given === undefined || given === '') {
    if (descriptor.zone === 'required') throw new ApiError('MissingParameter', { param: 'zone' })
    return ''
  }
  const lower = given.toLowerCase()
  const zone = zones.find((z) => z.zone_id === lower || z.aliases.includes(lower))
  if (!zone) {
    throw new ApiError('InvalidParameter', {
      param: 'zone',
      reason: `names no zone of this server [${given.slice(0, 64)}]; zones: ${zones.map((z) => z.zone_id).join(', ')}`,
    })
  }
  return zone.zone_id
}
