import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteKeyPairs = defineAction({
  name: 'DeleteKeyPairs',
  service: 'keypair',
  summary: 'Delete key pairs that no instance uses; all or nothing.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'keypair' },
  params: {
    keypairs: p.list(p.id('keypair')).required().describe('key-pair IDs'),
  },
  response: {
    keypairs: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
