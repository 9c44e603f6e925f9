import { describeEntries } from '../../db/stores/routers.js'
import type { Handler } from '../types.js'

export const DescribeRouterStaticEntries: Handler<'DescribeRouterStaticEntries'> = async (params, { tx, scope, zone }) => {
  const { rows, total } = await describeEntries(
    tx.db,
    {
      scope,
      zone_id: zone,
      entry_ids: params.router_static_entries,
      entry_id: params.router_static_entry_id,
      static_id: params.router_static,
    },
    { offset: params.offset, limit: params.limit },
  )
  return {
    router_static_entry_set: rows.map((row) => ({
      router_static_entry_id: row.router_static_entry_id,
      router_static_entry_name: row.router_static_entry_name,
      router_static_id: row.router_static_id,
      router_id: row.router_id,
      val1: row.val1,
      val2: row.val2,
    })),
    total_count: total,
  }
}
