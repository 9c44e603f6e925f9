import { KeyPair } from '../records/keypair.js'
import { defineResourceType } from './define.js'

export const keypair = defineResourceType({
  prefix: 'kp-',
  label: 'key pair',
  records: { schema: KeyPair, setKey: 'keypair_set', idField: 'keypair_id' },
  project: { item: 'several' },
  quotaKeys: ['keypair'],
})
