import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { instanceOfVolumes } from './AttachVolumes.js'

export const DetachVolumes = defineAction({
  name: 'DetachVolumes',
  service: 'volume',
  summary: 'Detach volumes from the instance they are attached to; each passes through "detaching" to available.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'volume' },
  params: {
    volumes: p.list(p.id('volume')).required().describe('volume IDs, all in-use on the instance'),
    ...instanceOfVolumes,
  },
  response: {},
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
  unbinds: ['instance', 'instance_id', 'volumes'],
})
