import { defineResourceType } from './define.js'

export const group_role = defineResourceType({
  prefix: 'gr-',
  label: 'group role',
  project: 'entity',
})
