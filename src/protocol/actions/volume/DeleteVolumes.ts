import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteVolumes = defineAction({
  name: 'DeleteVolumes',
  service: 'volume',
  summary: 'Delete available volumes into the recycle bin; attached ones must be detached first.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'volume' },
  params: {
    volumes: p.list(p.id('volume')).required().describe('volume IDs, all available'),
    direct_cease: p.flag().describe('1 skips the recycle bin: the volumes end ceased'),
  },
  response: {},
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
