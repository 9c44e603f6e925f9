import { defineAction } from '../../define.js'
import { p } from '../../params.js'

/** The docs' examples send `instance_id=` where the tables say `instance` (docs/compat.md#instance-id-alias): both are read. */
export const instanceOfVolumes = {
  instance: p.id('instance').describe('the instance (`instance_id` is read as an alias)'),
  instance_id: p.id('instance').describe('alias of instance, as the docs examples send it'),
}

export const AttachVolumes = defineAction({
  name: 'AttachVolumes',
  service: 'volume',
  summary: 'Attach available volumes to a running or stopped instance; each passes through "attaching" to in-use.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'volume' },
  params: {
    volumes: p.list(p.id('volume')).required().describe('volume IDs, all available'),
    ...instanceOfVolumes,
  },
  response: {},
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
  binds: { params: ['instance', 'instance_id', 'volumes'] },
})
