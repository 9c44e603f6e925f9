import { checkOwnerFilter } from '../../domain/lookup.js'
import { listOrder } from '../../domain/listing.js'
import { describeKeypairs, keypairSortKeys } from '../../db/stores/keypairs.js'
import type { Handler } from '../types.js'
import { keypairRecords } from './records.js'

export const DescribeKeyPairs: Handler<'DescribeKeyPairs'> = async (params, { tx, scope, zone }) => {
  checkOwnerFilter(params.owner, scope, 'key pairs')
  const filter = {
    scope,
    zone_id: zone,
    keypair_ids: params.keypairs,
    instance_id: params.instance_id,
    encrypt_methods: params.encrypt_method,
    search_word: params.search_word,
    tag_ids: params.tags,
  }
  const order = listOrder(params, keypairSortKeys)
  const { rows, total } = await describeKeypairs(tx.db, filter, { offset: params.offset, limit: params.limit, ...order })
  return { keypair_set: await keypairRecords(tx.db, rows, { verbose: params.verbose === 1 }), total_count: total }
}
