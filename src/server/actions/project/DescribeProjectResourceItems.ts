import { wireTime } from '../../../protocol/time.js'
import { describeItems } from '../../db/stores/project-items.js'
import type { Handler } from '../types.js'

/** Items of projects the caller is in (docs/compat.md#project-resource-items): `zone` filters unless in_global=1. */
export const DescribeProjectResourceItems: Handler<'DescribeProjectResourceItems'> = async (params, { tx, caller, zone }) => {
  const { rows, total } = await describeItems(
    tx.db,
    {
      user_id: caller.user_id,
      project_ids: params.project_ids,
      resource_ids: params.resources,
      resource_types: params.resource_types,
      owner: params.owner,
      zone_id: params.in_global === 1 || zone === '' ? undefined : zone,
    },
    { offset: params.offset, limit: params.limit, direction: params.reverse === false ? 'asc' : 'desc' },
  )
  return {
    project_resource_item_set: rows.map((row) => ({
      project_id: row.project_id,
      project_name: row.project_name,
      resource_id: row.resource_id,
      resource_type: row.resource_type,
      resource_group_id: row.resource_group_id,
      zone_id: row.zone_id,
      owner: row.owner,
      root_user_id: row.project_owner,
      meta: row.meta,
      create_time: wireTime(row.create_time),
    })),
    total_count: total,
  }
}
