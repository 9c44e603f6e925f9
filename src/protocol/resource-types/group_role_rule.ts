import { defineResourceType } from './define.js'

export const group_role_rule = defineResourceType({
  prefix: 'grr-',
  label: 'group role rule',
  project: 'entity',
})
