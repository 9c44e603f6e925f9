import { defineResourceType } from './define.js'

export const zone = defineResourceType({
  prefix: '',
  label: 'zone',
})
