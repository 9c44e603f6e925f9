import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { generateSshKeyPair, parseSshPublicKey } from '../../domain/ssh-keys.js'
import { insertKeypair } from '../../db/stores/keypairs.js'
import { registerNew } from '../../db/stores/resources.js'
import { requireQuota } from '../../services/quotas.js'
import type { Handler } from '../types.js'

export const CreateKeyPair: Handler<'CreateKeyPair'> = async (params, ctx) => {
  const { tx, caller, zone, now } = ctx
  if (params.mode === 'user' && params.public_key === undefined) throw new ApiError('MissingParameter', { param: 'public_key' })
  const key =
    params.mode === 'user'
      ? { ...parseSshPublicKey(params.public_key!), private_key: '' }
      : { encrypt_method: params.encrypt_method, ...(await generateSshKeyPair(params.encrypt_method)) }
  await requireQuota(ctx, { keypair: 1 })
  const at = isoAt(now)
  const keypair_id = newId('kp-')
  await insertKeypair(tx, {
    keypair_id,
    keypair_name: params.keypair_name?.trim() ?? '',
    description: null,
    encrypt_method: key.encrypt_method,
    pub_key: key.pub_key,
    owner: caller.user_id,
    zone_id: zone,
    create_time: at,
  })
  await registerNew(ctx, 'keypair', [keypair_id], { owner: caller.user_id, zone_id: zone, create_time: at })
  return { keypair_id, private_key: key.private_key }
}
