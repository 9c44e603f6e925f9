import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ReleaseEips = defineAction({
  name: 'ReleaseEips',
  service: 'eip',
  summary: 'Release available EIPs: releasing, then released; an associated EIP must be dissociated first.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'eip' },
  params: {
    eips: p.list(p.id('eip')).required().describe('EIP IDs, available or suspended'),
  },
  response: {},
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
