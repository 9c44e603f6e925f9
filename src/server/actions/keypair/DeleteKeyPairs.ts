import { isoAt } from '../../domain/clock.js'
import { ApiError } from '../../../protocol/errors.js'
import { deleteKeypairs, keypairBindings } from '../../db/stores/keypairs.js'
import { unregisterResources } from '../../db/stores/resources.js'
import { unbindResources } from '../../db/stores/tags.js'
import type { Handler } from '../types.js'
import { keypairs } from '../../services/lookups/keypair.js'

export const DeleteKeyPairs: Handler<'DeleteKeyPairs'> = async (params, { tx, now, zone }) => {
  const ids = (await keypairs.all(tx.db, params.keypairs, zone)).map((k) => k.keypair_id)
  // Terminated instances let go of their key pairs, so any binding left is a live instance's.
  const [used] = await keypairBindings(tx.db, { keypair_ids: ids })
  if (used) {
    throw new ApiError('PermissionDenied', {
      reason: `key pair [${used.keypair_id}] is attached to instance [${used.instance_id}], can not be deleted`,
    })
  }
  await deleteKeypairs(tx, ids)
  await unbindResources(tx, ids)
  await unregisterResources(tx, ids, isoAt(now))
  return { keypairs: ids }
}
