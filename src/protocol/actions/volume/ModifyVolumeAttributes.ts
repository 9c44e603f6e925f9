import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ModifyVolumeAttributes = defineAction({
  name: 'ModifyVolumeAttributes',
  service: 'volume',
  summary: 'Rename or describe one volume, in any status; absent fields stay, empty ones clear.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'volume' },
  params: {
    volume: p.id('volume').required().describe('one volume ID'),
    volume_name: p.string({ max: 256 }).keepEmpty().describe('new name'),
    description: p.string({ max: 1024 }).keepEmpty().describe('new description'),
  },
  response: {},
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
