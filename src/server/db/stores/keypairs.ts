import type { Queryable, Tx } from '../database.js'
import type { KeypairsTable } from '../schema/keypairs.js'
import { pageOf, type SortedPage } from './paging.js'
import { inScope, type Scope } from './scope.js'
import { matchesWord } from './search.js'
import { taggedWith } from './tags.js'
import { ofIds } from './ids.js'

export type KeypairRow = KeypairsTable

export async function insertKeypair(tx: Tx, row: KeypairRow): Promise<void> {
  await tx.db.insertInto('keypairs').values(row).execute()
}

export async function findKeypairs(q: Queryable, ids: readonly string[]): Promise<KeypairRow[]> {
  return ofIds(ids, (list) => q.selectFrom('keypairs').selectAll().where('keypair_id', 'in', list).execute())
}

export async function updateKeypair(tx: Tx, id: string, changes: Partial<KeypairRow>): Promise<void> {
  await tx.db.updateTable('keypairs').set(changes).where('keypair_id', '=', id).execute()
}

export async function deleteKeypairs(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0)
    await tx.db
      .deleteFrom('keypairs')
      .where('keypair_id', 'in', [...ids])
      .execute()
}

/** Binds every key pair to every instance; pairs already bound stay as they are. */
export async function attachKeypairs(tx: Tx, instanceIds: readonly string[], keypairIds: readonly string[], at: string): Promise<void> {
  const rows = instanceIds.flatMap((instance_id) => keypairIds.map((keypair_id) => ({ instance_id, keypair_id, create_time: at })))
  if (rows.length === 0) return
  await tx.db
    .insertInto('instance_keypairs')
    .values(rows)
    .onConflict((oc) => oc.columns(['instance_id', 'keypair_id']).doNothing())
    .execute()
}

export async function detachKeypairs(tx: Tx, instanceIds: readonly string[], keypairIds?: readonly string[]): Promise<void> {
  if (instanceIds.length === 0) return
  let query = tx.db.deleteFrom('instance_keypairs').where('instance_id', 'in', [...instanceIds])
  if (keypairIds) query = query.where('keypair_id', 'in', keypairIds.length ? [...keypairIds] : [''])
  await query.execute()
}

/** Instance-to-key-pair bindings of these instances (or of these key pairs). */
export async function keypairBindings(
  q: Queryable,
  by: { instance_ids?: readonly string[]; keypair_ids?: readonly string[] },
): Promise<Array<{ instance_id: string; keypair_id: string }>> {
  const ids = by.instance_ids ?? by.keypair_ids ?? []
  return ofIds(ids, async (list) => {
    const column = by.instance_ids ? 'instance_id' : 'keypair_id'
    return q
      .selectFrom('instance_keypairs')
      .select(['instance_id', 'keypair_id'])
      .where(column, 'in', list)
      .orderBy('create_time')
      .orderBy('keypair_id')
      .execute()
  })
}

export interface KeypairFilter {
  scope: Scope
  zone_id: string
  keypair_ids?: string[] | undefined
  instance_id?: string | undefined
  encrypt_methods?: Array<KeypairRow['encrypt_method']> | undefined
  search_word?: string | undefined
  tag_ids?: string[] | undefined
}

export const keypairSortKeys = ['create_time', 'keypair_id', 'keypair_name', 'encrypt_method'] as const

function filtered(q: Queryable, f: KeypairFilter) {
  let query = q
    .selectFrom('keypairs')
    .where(inScope(f.scope, { id: 'keypairs.keypair_id', owner: 'keypairs.owner' }))
    .where('keypairs.zone_id', '=', f.zone_id)
  if (f.keypair_ids) query = query.where('keypairs.keypair_id', 'in', f.keypair_ids.length ? f.keypair_ids : [''])
  if (f.encrypt_methods?.length) query = query.where('keypairs.encrypt_method', 'in', f.encrypt_methods)
  if (f.search_word) query = query.where(matchesWord('keypairs.keypair_id', 'keypairs.keypair_name', f.search_word))
  if (f.tag_ids?.length) query = query.where(taggedWith('keypairs.keypair_id', f.tag_ids))
  if (f.instance_id !== undefined) {
    const instance = f.instance_id
    query = query.where('keypairs.keypair_id', 'in', (eb) =>
      eb.selectFrom('instance_keypairs').select('instance_keypairs.keypair_id').where('instance_keypairs.instance_id', '=', instance),
    )
  }
  return query
}

export async function describeKeypairs(
  q: Queryable,
  f: KeypairFilter,
  page: SortedPage<(typeof keypairSortKeys)[number]>,
): Promise<{ rows: KeypairRow[]; total: number }> {
  return pageOf(filtered(q, f), (query) => query.selectAll('keypairs'), {
    ...page,
    orderBy: [[`keypairs.${page.key}`, page.direction]],
    id: 'keypairs.keypair_id',
  })
}
