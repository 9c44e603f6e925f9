export interface ServerCertificatesTable {
  server_certificate_id: string
  server_certificate_name: string
  description: string | null
  /** The PEM text as sent: the certificate, then any chain. */
  certificate_content: string
  /** The PEM private key: read only to check pairs, never answered (docs/compat.md#server-certificate-private-key). */
  private_key: string
  owner: string
  zone_id: string
  create_time: string
}
