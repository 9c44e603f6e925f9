import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

/**
 * Large enough for anything the body limit lets through: a too-long key is refused by the handler,
 * whose message never quotes it (docs/compat.md#server-certificate-private-key).
 */
const UNBOUNDED = 4 * 1024 * 1024

export const CreateServerCertificate = defineAction({
  name: 'CreateServerCertificate',
  service: 'loadbalancer',
  summary: 'Store a PEM certificate (chain) and its private key for HTTPS listeners; the key must match the first certificate.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'server_certificate', operation: 'modify' },
  params: {
    server_certificate_name: p.string({ max: 256 }).describe('name'),
    certificate_content: p
      .string({ max: 65536 })
      .required()
      .describe('PEM certificate, optionally followed by its chain')
      .example('-----BEGIN CERTIFICATE-----\n...\n-----END CERTIFICATE-----\n'),
    private_key: p
      .string({ max: UNBOUNDED })
      .required()
      .describe('PEM private key of the first certificate (unencrypted); stored, never answered')
      .example('-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n'),
  },
  response: {
    server_certificate_id: z.string(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'QuotaExceeded'],
})
