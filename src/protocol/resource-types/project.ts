import { defineResourceType } from './define.js'

export const project = defineResourceType({
  prefix: 'pj-',
  label: 'project',
  project: 'entity',
  quotaKeys: ['project'],
})
