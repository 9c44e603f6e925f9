import type { Queryable, Tx } from '../database.js'
import type { ServerCertificatesTable } from '../schema/server-certificates.js'
import { ofIds } from './ids.js'
import { pageOf, type SortedPage } from './paging.js'
import { inScope, type Scope } from './scope.js'
import { matchesWord } from './search.js'

export type ServerCertificateRow = ServerCertificatesTable
/** A certificate as every reader but the pair check sees it: without its private key. */
export type PublicServerCertificateRow = Omit<ServerCertificateRow, 'private_key'>

const publicColumns = [
  'server_certificate_id',
  'server_certificate_name',
  'description',
  'certificate_content',
  'owner',
  'zone_id',
  'create_time',
] as const satisfies ReadonlyArray<keyof PublicServerCertificateRow>

export async function insertServerCertificate(tx: Tx, row: ServerCertificateRow): Promise<void> {
  await tx.db.insertInto('server_certificates').values(row).execute()
}

/** The rows named, never with their private keys (docs/compat.md#server-certificate-private-key). */
export async function findServerCertificates(q: Queryable, ids: readonly string[]): Promise<PublicServerCertificateRow[]> {
  return ofIds(ids, (list) =>
    q.selectFrom('server_certificates').select(publicColumns).where('server_certificate_id', 'in', list).execute(),
  )
}

export async function updateServerCertificate(
  tx: Tx,
  id: string,
  changes: Partial<Pick<ServerCertificateRow, 'server_certificate_name' | 'description'>>,
): Promise<void> {
  await tx.db.updateTable('server_certificates').set(changes).where('server_certificate_id', '=', id).execute()
}

export async function deleteServerCertificates(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0)
    await tx.db
      .deleteFrom('server_certificates')
      .where('server_certificate_id', 'in', [...ids])
      .execute()
}

export interface ServerCertificateFilter {
  scope: Scope
  zone_id: string
  server_certificate_ids?: string[] | undefined
  search_word?: string | undefined
}

export const serverCertificateSortKeys = ['create_time', 'server_certificate_id', 'server_certificate_name'] as const

export async function describeServerCertificates(
  q: Queryable,
  f: ServerCertificateFilter,
  page: SortedPage<(typeof serverCertificateSortKeys)[number]>,
): Promise<{ rows: PublicServerCertificateRow[]; total: number }> {
  let query = q
    .selectFrom('server_certificates')
    .where(inScope(f.scope, { id: 'server_certificates.server_certificate_id', owner: 'server_certificates.owner' }))
    .where('server_certificates.zone_id', '=', f.zone_id)
  if (f.server_certificate_ids) {
    query = query.where(
      'server_certificates.server_certificate_id',
      'in',
      f.server_certificate_ids.length ? f.server_certificate_ids : [''],
    )
  }
  if (f.search_word) {
    query = query.where(
      matchesWord('server_certificates.server_certificate_id', 'server_certificates.server_certificate_name', f.search_word),
    )
  }
  return pageOf(query, (s) => s.select(publicColumns.map((c) => `server_certificates.${c}` as const)), {
    ...page,
    orderBy: [[`server_certificates.${page.key}`, page.direction]],
    id: 'server_certificates.server_certificate_id',
  })
}

/**
 * The listeners that use any of these certificates, one per certificate at most (the first by id):
 * a certificate in use can not be deleted. Listeners keep their certificate ids as JSON text.
 */
export async function listenersUsingCertificates(
  q: Queryable,
  ids: readonly string[],
): Promise<Array<{ server_certificate_id: string; loadbalancer_listener_id: string; loadbalancer_id: string }>> {
  const found: Array<{ server_certificate_id: string; loadbalancer_listener_id: string; loadbalancer_id: string }> = []
  for (const id of ids) {
    const row = await q
      .selectFrom('loadbalancer_listeners')
      .select(['loadbalancer_listener_id', 'loadbalancer_id'])
      .where('server_certificate_id', 'like', `%${JSON.stringify(id)}%`)
      .orderBy('loadbalancer_listener_id')
      .executeTakeFirst()
    if (row) found.push({ server_certificate_id: id, ...row })
  }
  return found
}
