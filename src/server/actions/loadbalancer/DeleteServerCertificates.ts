import { isoAt } from '../../domain/clock.js'
import { ApiError } from '../../../protocol/errors.js'
import { unregisterResources } from '../../db/stores/resources.js'
import { deleteServerCertificates, listenersUsingCertificates } from '../../db/stores/server-certificates.js'
import { serverCertificates } from '../../services/lookups/server_certificate.js'
import type { Handler } from '../types.js'

export const DeleteServerCertificates: Handler<'DeleteServerCertificates'> = async (params, { tx, now, zone }) => {
  const ids = (await serverCertificates.all(tx.db, params.server_certificates, zone)).map((row) => row.server_certificate_id)
  // Refused while a listener uses one, all or nothing (docs/compat.md#server-certificates-in-use).
  const [used] = await listenersUsingCertificates(tx.db, ids)
  if (used) {
    throw new ApiError('PermissionDenied', {
      reason: `server certificate [${used.server_certificate_id}] is used by listener [${used.loadbalancer_listener_id}] of load balancer [${used.loadbalancer_id}], can not be deleted`,
    })
  }
  await deleteServerCertificates(tx, ids)
  await unregisterResources(tx, ids, isoAt(now))
  return { server_certificates: ids }
}
