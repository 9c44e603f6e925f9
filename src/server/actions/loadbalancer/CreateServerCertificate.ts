import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { checkCertificatePair } from '../../domain/server-certificates.js'
import { registerNew } from '../../db/stores/resources.js'
import { insertServerCertificate } from '../../db/stores/server-certificates.js'
import { requireQuota } from '../../services/quotas.js'
import type { Handler } from '../types.js'

export const CreateServerCertificate: Handler<'CreateServerCertificate'> = async (params, ctx) => {
  const { tx, caller, zone, now } = ctx
  // Whitespace alone is no content (p.string reads `name=` as absent, but not `name=%20`).
  if (params.certificate_content.trim() === '') throw new ApiError('MissingParameter', { param: 'certificate_content' })
  if (params.private_key.trim() === '') throw new ApiError('MissingParameter', { param: 'private_key' })
  checkCertificatePair(params.certificate_content, params.private_key)
  await requireQuota(ctx, { server_certificate: 1 })
  const at = isoAt(now)
  const server_certificate_id = newId('sc-')
  await insertServerCertificate(tx, {
    server_certificate_id,
    server_certificate_name: params.server_certificate_name?.trim() ?? '',
    description: null,
    certificate_content: params.certificate_content,
    private_key: params.private_key,
    owner: caller.user_id,
    zone_id: zone,
    create_time: at,
  })
  await registerNew(ctx, 'server_certificate', [server_certificate_id], { owner: caller.user_id, zone_id: zone, create_time: at })
  return { server_certificate_id }
}
