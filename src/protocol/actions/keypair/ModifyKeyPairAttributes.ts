import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ModifyKeyPairAttributes = defineAction({
  name: 'ModifyKeyPairAttributes',
  service: 'keypair',
  summary: 'Rename or describe one key pair; absent fields stay, empty ones clear.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'keypair' },
  params: {
    keypair: p.id('keypair').required().describe('one key-pair ID'),
    keypair_name: p.string({ max: 256 }).keepEmpty().describe('new name'),
    description: p.string({ max: 1024 }).keepEmpty().describe('new description'),
  },
  response: {},
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
