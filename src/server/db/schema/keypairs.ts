import type { EncryptMethod } from '../../../protocol/records/keypair.js'

export interface KeypairsTable {
  keypair_id: string
  keypair_name: string
  description: string | null
  encrypt_method: EncryptMethod
  /** The base64 body of the OpenSSH public key, without type or comment (docs/compat.md#pub-key). */
  pub_key: string
  owner: string
  zone_id: string
  create_time: string
}

export interface InstanceKeypairsTable {
  instance_id: string
  keypair_id: string
  create_time: string
}
