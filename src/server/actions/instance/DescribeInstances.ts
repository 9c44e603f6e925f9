import { checkOwnerFilter } from '../../domain/lookup.js'
import { listOrder } from '../../domain/listing.js'
import { describeInstances, instanceSortKeys } from '../../db/stores/instances.js'
import type { Handler } from '../types.js'
import { instanceRecords } from './records.js'

export const DescribeInstances: Handler<'DescribeInstances'> = async (params, { tx, scope, zone }) => {
  checkOwnerFilter(params.owner, scope, 'instances')
  const filter = {
    scope,
    zone_id: zone,
    instance_ids: params.instances,
    statuses: params.status,
    image_ids: params.image_id,
    instance_types: params.instance_type,
    instance_class: params.instance_class,
    vcpus_current: params.vcpus_current,
    memory_current: params.memory_current,
    os_disk_size: params.os_disk_size,
    search_word: params.search_word,
    tag_ids: params.tags,
    instance_name: params.instance_name,
    transition_status: params.transition_status,
    settled: params.not_transition,
    vxnet: params.vxnet,
    // qingstack has no dedicated hosts: asking for instances on one finds none.
    none: params.dedicated_host_group_id !== undefined || params.dedicated_host_id !== undefined,
  }
  const order = listOrder(params, instanceSortKeys)
  const { rows, total } = await describeInstances(tx.db, filter, { offset: params.offset, limit: params.limit, ...order })
  return { instance_set: await instanceRecords(tx.db, rows, { verbose: params.verbose === 1 }), total_count: total }
}
