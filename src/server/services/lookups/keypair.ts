import { lookupOf } from '../../domain/lookup.js'
import { findKeypairs } from '../../db/stores/keypairs.js'

/** `keypairs.all(q, ids, zone)` / `keypairs.one(q, id, zone)`: the rows, or 2100 for the first unknown id. */
export const keypairs = lookupOf(findKeypairs, (row) => row.keypair_id, 'key pair')
