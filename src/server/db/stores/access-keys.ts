import type { CompiledQuery } from 'kysely'
import type { Queryable, Tx } from '../database.js'
import type { AccessKeysTable } from '../schema/access-keys.js'
import { pageOf, type SortedPage } from './paging.js'
import { inScope, type Scope } from './scope.js'
import { matchesWord } from './search.js'

export type AccessKeyRow = AccessKeysTable

export async function insertAccessKey(tx: Tx, row: AccessKeyRow): Promise<void> {
  await tx.db.insertInto('access_keys').values(row).execute()
}

export async function findAccessKey(q: Queryable, access_key_id: string): Promise<AccessKeyRow | undefined> {
  return q.selectFrom('access_keys').selectAll().where('access_key_id', '=', access_key_id).executeTakeFirst()
}

function signingKeyQuery(q: Queryable, access_key_id: string) {
  return q
    .selectFrom('access_keys')
    .innerJoin('users', 'users.user_id', 'access_keys.owner')
    .select([
      'access_keys.access_key_id',
      'access_keys.secret_access_key',
      'access_keys.status as key_status',
      'users.user_id',
      'users.status as user_status',
      'users.role',
    ])
    .where('access_keys.access_key_id', '=', access_key_id)
}
type SigningKeyRow = Awaited<ReturnType<ReturnType<typeof signingKeyQuery>['executeTakeFirstOrThrow']>>

/** The signing-key query compiled once per database (its text differs by dialect); only the id varies. */
const compiledSigningKey = new WeakMap<Queryable, CompiledQuery<SigningKeyRow>>()

/**
 * A request's key with its owner's status and role, in one lookup: every request pays for it, so
 * the query is built and compiled once and only run per request (never cached: a disabled key or
 * user takes effect on the next request, whichever process changed it).
 */
export async function findSigningKey(q: Queryable, access_key_id: string): Promise<SigningKeyRow | undefined> {
  let compiled = compiledSigningKey.get(q)
  if (!compiled) compiledSigningKey.set(q, (compiled = signingKeyQuery(q, '').compile()))
  const { rows } = await q.executeQuery<SigningKeyRow>({ ...compiled, parameters: [access_key_id] })
  return rows[0]
}

export async function listAccessKeys(q: Queryable, owner: string): Promise<AccessKeyRow[]> {
  return q.selectFrom('access_keys').selectAll().where('owner', '=', owner).orderBy('create_time').execute()
}

/** Makes a key active with the given secret (the configured root key after a change of secret). */
export async function reactivateAccessKey(tx: Tx, access_key_id: string, secret_access_key: string): Promise<void> {
  await tx.db.updateTable('access_keys').set({ secret_access_key, status: 'active' }).where('access_key_id', '=', access_key_id).execute()
}

export async function listAllAccessKeys(q: Queryable): Promise<AccessKeyRow[]> {
  return q.selectFrom('access_keys').selectAll().orderBy('create_time').orderBy('access_key_id').execute()
}

export async function updateAccessKeyStatus(tx: Tx, access_key_id: string, status: AccessKeyRow['status']): Promise<void> {
  await tx.db.updateTable('access_keys').set({ status }).where('access_key_id', '=', access_key_id).execute()
}

export async function deleteAccessKey(tx: Tx, access_key_id: string): Promise<void> {
  await tx.db.deleteFrom('access_keys').where('access_key_id', '=', access_key_id).execute()
}

export interface AccessKeyFilter {
  scope: Scope
  access_key_ids?: string[] | undefined
  statuses?: Array<AccessKeyRow['status']> | undefined
  search_word?: string | undefined
}

export const accessKeySortKeys = ['create_time', 'access_key_id', 'access_key_name'] as const

/** DescribeAccessKeys: a page of the keys in scope (secrets are read but never shown). */
export async function describeAccessKeys(
  q: Queryable,
  f: AccessKeyFilter,
  page: SortedPage<(typeof accessKeySortKeys)[number]>,
): Promise<{ rows: AccessKeyRow[]; total: number }> {
  let query = q.selectFrom('access_keys').where(inScope(f.scope, { id: 'access_keys.access_key_id', owner: 'access_keys.owner' }))
  if (f.access_key_ids) query = query.where('access_key_id', 'in', f.access_key_ids.length ? f.access_key_ids : [''])
  if (f.statuses?.length) query = query.where('status', 'in', f.statuses)
  if (f.search_word) query = query.where(matchesWord('access_keys.access_key_id', 'access_keys.access_key_name', f.search_word))
  return pageOf(query, (selected) => selected.selectAll('access_keys'), {
    ...page,
    orderBy: [[`access_keys.${page.key}`, page.direction]],
    id: 'access_keys.access_key_id',
  })
}
