import { lookupOf } from '../../domain/lookup.js'
import { findServerCertificates } from '../../db/stores/server-certificates.js'

/** `serverCertificates.all(q, ids, zone)` / `.one(…)`: rows without private keys, or 2100 for the first unknown id. */
export const serverCertificates = lookupOf(findServerCertificates, (row) => row.server_certificate_id, 'server certificate')
