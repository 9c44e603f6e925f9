import type { Handler } from '../types.js'

export const DescribeZones: Handler<'DescribeZones'> = async (params, { config }) => {
  const wanted = params.zones && new Set(params.zones)
  const matches = config.zones
    .filter((zone) => !wanted || wanted.has(zone.zone_id) || zone.aliases.some((alias) => wanted.has(alias)))
    .map((zone) => ({ zone_id: zone.zone_id, status: 'active' as const }))
    .filter((zone) => !params.status?.length || params.status.includes(zone.status))
  return {
    zone_set: matches.slice(params.offset, params.offset + params.limit),
    total_count: matches.length,
  }
}
