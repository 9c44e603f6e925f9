import { defineResourceType } from './define.js'

export const instance_group = defineResourceType({
  prefix: 'ig-',
  label: 'instance group',
  project: { item: 'one' },
})
