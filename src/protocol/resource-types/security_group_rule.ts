import { SecurityGroupRule } from '../records/network.js'
import { defineResourceType } from './define.js'

export const security_group_rule = defineResourceType({
  prefix: 'sgr-',
  label: 'security group rule',
  records: { schema: SecurityGroupRule, setKey: 'security_group_rule_set', idField: 'security_group_rule_id' },
  project: { partOf: 'security_group' },
})
