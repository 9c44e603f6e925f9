import { wireTime } from '../../../protocol/time.js'
import { listOrder } from '../../domain/listing.js'
import { checkOwnerFilter } from '../../domain/lookup.js'
import { describeServerCertificates, serverCertificateSortKeys } from '../../db/stores/server-certificates.js'
import type { Handler } from '../types.js'

/** verbose=1 is accepted and adds nothing: above all not the private key (docs/compat.md#server-certificate-private-key). */
export const DescribeServerCertificates: Handler<'DescribeServerCertificates'> = async (params, { tx, scope, zone }) => {
  checkOwnerFilter(params.owner, scope, 'server certificates')
  const filter = { scope, zone_id: zone, server_certificate_ids: params.server_certificates, search_word: params.search_word }
  const order = listOrder(params, serverCertificateSortKeys)
  const { rows, total } = await describeServerCertificates(tx.db, filter, { offset: params.offset, limit: params.limit, ...order })
  return {
    server_certificate_set: rows.map((row) => ({
      server_certificate_id: row.server_certificate_id,
      server_certificate_name: row.server_certificate_name,
      description: row.description,
      certificate_content: row.certificate_content,
      owner: row.owner,
      zone_id: row.zone_id,
      create_time: wireTime(row.create_time),
    })),
    total_count: total,
  }
}
