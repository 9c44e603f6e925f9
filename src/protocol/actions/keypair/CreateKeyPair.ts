import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { encryptMethods } from '../../records/keypair.js'

export const CreateKeyPair = defineAction({
  name: 'CreateKeyPair',
  service: 'keypair',
  summary: 'Create a key pair: generated (the private key is returned once, never stored) or from a public key.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'keypair', operation: 'modify' },
  params: {
    keypair_name: p.string({ max: 256 }).describe('name'),
    mode: p.enum(['system', 'user']).default('system').describe('system generates the pair; user takes public_key'),
    encrypt_method: p.enum(encryptMethods).default('ssh-rsa').describe('key type to generate (mode=system)'),
    public_key: p.string({ max: 16384 }).describe('OpenSSH public key (mode=user); its own type wins over encrypt_method'),
  },
  response: {
    keypair_id: z.string(),
    private_key: z.string(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'QuotaExceeded'],
})
