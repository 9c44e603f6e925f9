import { defineResourceType } from './define.js'

export const user = defineResourceType({
  prefix: 'usr-',
  label: 'user',
})
