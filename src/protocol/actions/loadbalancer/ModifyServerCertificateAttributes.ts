import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ModifyServerCertificateAttributes = defineAction({
  name: 'ModifyServerCertificateAttributes',
  service: 'loadbalancer',
  summary: 'Rename or describe one server certificate; absent fields stay, empty ones clear. Its content and key never change.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'server_certificate' },
  params: {
    server_certificate: p.id('server_certificate').required().describe('one certificate ID'),
    server_certificate_name: p.string({ max: 256 }).keepEmpty().describe('new name'),
    description: p.string({ max: 1024 }).keepEmpty().describe('new description'),
  },
  response: {},
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
