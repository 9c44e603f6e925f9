import { wireTime } from '../../../protocol/time.js'
import { listOrder } from '../../domain/listing.js'
import { checkOwnerFilter } from '../../domain/lookup.js'
import { accessKeySortKeys, describeAccessKeys } from '../../db/stores/access-keys.js'
import type { Handler } from '../types.js'

export const DescribeAccessKeys: Handler<'DescribeAccessKeys'> = async (params, { tx, caller }) => {
  // Keys belong to an account, never to a project: a project_id does not widen what is listed.
  const scope = { kind: 'owner', owner: caller.user_id } as const
  checkOwnerFilter(params.owner, scope, 'access keys')
  const filter = { scope, access_key_ids: params.access_keys, statuses: params.status, search_word: params.search_word }
  const { rows, total } = await describeAccessKeys(tx.db, filter, {
    offset: params.offset,
    limit: params.limit,
    ...listOrder(params, accessKeySortKeys),
  })
  return {
    // qingstack has no sub-accounts, consoles or IP allow-lists: each key is its owner's own (docs/compat.md).
    access_key_set: rows.map((row) => ({
      access_key_id: row.access_key_id,
      access_key_name: row.access_key_name,
      description: row.description,
      owner: row.owner,
      root_user_id: row.owner,
      console_id: 'qingcloud',
      controller: 'self',
      ip_white_list: '',
      status: row.status,
      status_time: wireTime(row.create_time),
      create_time: wireTime(row.create_time),
    })),
    total_count: total,
  }
}
