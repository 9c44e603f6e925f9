import { SecurityGroupSnapshot } from '../records/network.js'
import { defineResourceType } from './define.js'

export const security_group_snapshot = defineResourceType({
  prefix: 'sgs-',
  label: 'security group snapshot',
  records: { schema: SecurityGroupSnapshot, setKey: 'security_group_snapshot_set', idField: 'security_group_snapshot_id' },
  project: { partOf: 'security_group' },
})
