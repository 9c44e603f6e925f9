import { z } from 'zod'
import { TagRef } from './tag.js'

/** All four methods CreateKeyPair documents (docs/compat.md#private-key-formats). */
export const encryptMethods = ['ssh-rsa', 'ssh-dss', 'ecdsa-sha2-nistp521', 'ssh-ed25519'] as const
export type EncryptMethod = (typeof encryptMethods)[number]

/** A key-pair record of DescribeKeyPairs (docs/api/keypair.md#describekeypairs, Go `KeyPair`). */
export const KeyPair = z.object({
  keypair_id: z.string(),
  keypair_name: z.string(),
  description: z.string().nullable(),
  encrypt_method: z.enum(encryptMethods),
  pub_key: z.string(),
  owner: z.string(),
  zone_id: z.string(),
  create_time: z.string(),
  tags: z.array(TagRef),
  /** Only with `verbose=1`. */
  instance_ids: z.array(z.string()).optional(),
})
export type KeyPair = z.infer<typeof KeyPair>
