import { SecurityGroup } from '../records/network.js'
import { defineResourceType } from './define.js'

export const security_group = defineResourceType({
  prefix: 'sg-',
  label: 'security group',
  records: { schema: SecurityGroup, setKey: 'security_group_set', idField: 'security_group_id' },
  project: { item: 'several' },
  quotaKeys: ['security_group'],
})
