import { SecurityGroupIpset } from '../records/network.js'
import { defineResourceType } from './define.js'

export const security_group_ipset = defineResourceType({
  prefix: 'sgi-',
  label: 'security group IP set',
  records: { schema: SecurityGroupIpset, setKey: 'security_group_ipset_set', idField: 'security_group_ipset_id' },
  project: { item: 'several' },
  quotaKeys: ['security_group_ipset'],
})
