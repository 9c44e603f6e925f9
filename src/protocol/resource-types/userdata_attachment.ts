import { defineResourceType } from './define.js'

export const userdata_attachment = defineResourceType({
  prefix: 'uda-',
  label: 'User Data attachment',
})
