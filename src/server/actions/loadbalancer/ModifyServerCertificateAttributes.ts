import { updateServerCertificate, type ServerCertificateRow } from '../../db/stores/server-certificates.js'
import { serverCertificates } from '../../services/lookups/server_certificate.js'
import type { Handler } from '../types.js'

export const ModifyServerCertificateAttributes: Handler<'ModifyServerCertificateAttributes'> = async (params, { tx, zone }) => {
  const row = await serverCertificates.one(tx.db, params.server_certificate, zone)
  const changes: Partial<Pick<ServerCertificateRow, 'server_certificate_name' | 'description'>> = {}
  if (params.server_certificate_name !== undefined) changes.server_certificate_name = params.server_certificate_name.trim()
  if (params.description !== undefined) changes.description = params.description.trim()
  if (Object.keys(changes).length > 0) await updateServerCertificate(tx, row.server_certificate_id, changes)
  return {}
}
