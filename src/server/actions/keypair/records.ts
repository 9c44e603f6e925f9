import type { KeyPair } from '../../../protocol/records/keypair.js'
import { wireTime } from '../../../protocol/time.js'
import { groupBy } from '../../domain/collections.js'
import type { Queryable } from '../../db/database.js'
import { keypairBindings, type KeypairRow } from '../../db/stores/keypairs.js'
import { tagRefs } from '../../services/tag-refs.js'

/** Key-pair records as DescribeKeyPairs shows them; verbose adds the instances each is attached to. */
export async function keypairRecords(q: Queryable, rows: readonly KeypairRow[], options: { verbose: boolean }): Promise<KeyPair[]> {
  const bound = options.verbose
    ? groupBy(await keypairBindings(q, { keypair_ids: rows.map((r) => r.keypair_id) }), (b) => b.keypair_id)
    : undefined
  const tags = await tagRefs(
    q,
    rows.map((r) => r.keypair_id),
  )
  return rows.map((row) => ({
    keypair_id: row.keypair_id,
    keypair_name: row.keypair_name,
    description: row.description,
    encrypt_method: row.encrypt_method,
    pub_key: row.pub_key,
    owner: row.owner,
    zone_id: row.zone_id,
    create_time: wireTime(row.create_time),
    tags: tags(row.keypair_id),
    ...(bound ? { instance_ids: (bound.get(row.keypair_id) ?? []).map((b) => b.instance_id) } : {}),
  }))
}
