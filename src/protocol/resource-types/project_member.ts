import { defineResourceType } from './define.js'

export const project_member = defineResourceType({
  prefix: 'pm-',
  label: 'project member',
  project: 'entity',
})
