import { wireTime } from '../../../protocol/time.js'
import { describeStatics } from '../../db/stores/routers.js'
import type { Handler } from '../types.js'

export const DescribeRouterStatics: Handler<'DescribeRouterStatics'> = async (params, { tx, scope, zone }) => {
  const filter = {
    scope,
    zone_id: zone,
    static_ids: params.router_statics,
    router_id: params.router,
    vxnet_id: params.vxnet,
    static_type: params.static_type,
  }
  const { rows, total } = await describeStatics(tx.db, filter, { offset: params.offset, limit: params.limit })
  return {
    router_static_set: rows.map((row) => ({
      router_static_id: row.router_static_id,
      router_static_name: row.router_static_name,
      router_id: row.router_id,
      vxnet_id: row.vxnet_id,
      static_type: row.static_type,
      val1: row.val1,
      val2: row.val2,
      val3: row.val3,
      val4: row.val4,
      val5: row.val5,
      val6: row.val6,
      disabled: row.disabled,
      create_time: wireTime(row.create_time),
    })),
    total_count: total,
  }
}
