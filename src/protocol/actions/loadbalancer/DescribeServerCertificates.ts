import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { ServerCertificate } from '../../records/server-certificate.js'

export const DescribeServerCertificates = defineAction({
  name: 'DescribeServerCertificates',
  service: 'loadbalancer',
  summary: "List the caller's server certificates in a zone; never their private keys, verbose or not.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'server_certificate' },
  params: {
    server_certificates: p.list(p.id('server_certificate')).describe('certificate IDs; unknown IDs are left out'),
    search_word: p.searchWord(),
    owner: p.id('user').describe('only certificates of this user'),
    ...p.listing(),
  },
  response: {
    server_certificate_set: z.array(ServerCertificate),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'PermissionDenied'],
})
