import { Eip } from '../records/network.js'
import { defineResourceType } from './define.js'

export const eip = defineResourceType({
  prefix: 'eip-',
  label: 'EIP',
  records: { schema: Eip, setKey: 'eip_set', idField: 'eip_id' },
  project: { item: 'one' },
  quotaKeys: ['eip', 'eip_bandwidth'],
})
