import { z } from 'zod'

/**
 * A server certificate of DescribeServerCertificates (docs/api/loadbalancer.md#describeservercertificates, Go
 * `ServerCertificate`). The private key is stored but never part of the record, verbose or not
 * (docs/compat.md#server-certificate-private-key).
 */
export const ServerCertificate = z.object({
  server_certificate_id: z.string(),
  server_certificate_name: z.string(),
  description: z.string().nullable(),
  certificate_content: z.string(),
  owner: z.string(),
  zone_id: z.string(),
  create_time: z.string(),
})
export type ServerCertificate = z.infer<typeof ServerCertificate>
