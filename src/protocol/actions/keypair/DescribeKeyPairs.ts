import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { encryptMethods, KeyPair } from '../../records/keypair.js'

export const DescribeKeyPairs = defineAction({
  name: 'DescribeKeyPairs',
  service: 'keypair',
  summary: "List the caller's key pairs in a zone; verbose=1 adds the instances each is attached to.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'keypair' },
  params: {
    keypairs: p.list(p.id('keypair')).describe('key-pair IDs; unknown IDs are left out'),
    instance_id: p.id('instance').describe('only key pairs attached to this instance'),
    // A scalar in QingCloud's table; QingCloud's CLI sends `encrypt_method.N` (docs/compat.md#scalar-filters-as-lists).
    encrypt_method: p.list(p.enum(encryptMethods)).describe('only key pairs of these types'),
    search_word: p.searchWord(),
    tags: p.list(p.id('tag')).describe('only key pairs bound to any of these tags'),
    owner: p.id('user').describe('only key pairs of this user'),
    ...p.listing(),
  },
  response: {
    keypair_set: z.array(KeyPair),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'PermissionDenied'],
})
