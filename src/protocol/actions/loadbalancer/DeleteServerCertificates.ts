import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteServerCertificates = defineAction({
  name: 'DeleteServerCertificates',
  service: 'loadbalancer',
  summary: 'Delete server certificates that no listener uses; all or nothing.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'server_certificate' },
  params: {
    server_certificates: p.list(p.id('server_certificate')).required().describe('certificate IDs'),
  },
  response: {
    server_certificates: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
