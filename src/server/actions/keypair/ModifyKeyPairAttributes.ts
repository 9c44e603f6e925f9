import { updateKeypair, type KeypairRow } from '../../db/stores/keypairs.js'
import type { Handler } from '../types.js'
import { keypairs } from '../../services/lookups/keypair.js'

export const ModifyKeyPairAttributes: Handler<'ModifyKeyPairAttributes'> = async (params, { tx, zone }) => {
  const row = await keypairs.one(tx.db, params.keypair, zone)
  const changes: Partial<KeypairRow> = {}
  if (params.keypair_name !== undefined) changes.keypair_name = params.keypair_name.trim()
  if (params.description !== undefined) changes.description = params.description.trim()
  if (Object.keys(changes).length > 0) await updateKeypair(tx, row.keypair_id, changes)
  return {}
}
