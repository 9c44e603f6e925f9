import { instanceTypeCatalogue } from '../../domain/instance-types.js'
import type { Handler } from '../types.js'

export const DescribeInstanceTypes: Handler<'DescribeInstanceTypes'> = async (params, { zone }) => {
  const wanted = params.instance_types?.length ? new Set(params.instance_types) : undefined
  const matches = instanceTypeCatalogue.filter((type) =>
    wanted ? wanted.has(type.instance_type_id) : type.baremetal === (params.baremetal === 1),
  )
  return {
    instance_type_set: matches.slice(params.offset, params.offset + params.limit).map((type) => ({
      instance_type_id: type.instance_type_id,
      instance_type_name: type.instance_type_name,
      description: '',
      vcpus_current: type.vcpus_current,
      memory_current: type.memory_current,
      status: 'available' as const,
      zone_id: zone,
    })),
    total_count: matches.length,
  }
}
