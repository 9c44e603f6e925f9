import { createPrivateKey, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto'
import { ApiError } from '../../protocol/errors.js'

/** Longer than any RSA 8192 or EC key in PEM; beyond it a private key is refused unread. */
export const PRIVATE_KEY_MAX = 16384
/** Certificates a chain may hold (the server's first, then intermediates). */
export const CHAIN_MAX = 10

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g

/**
 * Checks what CreateServerCertificate is given (docs/compat.md#server-certificate-pair): `certificate_content`
 * holds one or more PEM certificates, the server's first; `private_key` is one unencrypted PEM
 * private key whose public half is the first certificate's. Messages never quote the key.
 */
export function checkCertificatePair(certificate_content: string, private_key: string): void {
  const blocks = certificate_content.match(PEM_CERTIFICATE) ?? []
  if (blocks.length === 0) throw invalid('certificate_content', 'is not a PEM certificate (-----BEGIN CERTIFICATE-----)')
  if (blocks.length > CHAIN_MAX) throw invalid('certificate_content', `holds ${blocks.length} certificates, at most ${CHAIN_MAX}`)
  const certificates = blocks.map((block, i) => {
    try {
      return new X509Certificate(block)
    } catch {
      throw invalid('certificate_content', `holds a certificate (number ${i + 1}) that is not valid X.509`)
    }
  })
  if (private_key.length > PRIVATE_KEY_MAX) throw invalid('private_key', `must be at most ${PRIVATE_KEY_MAX} characters`)
  let key: KeyObject
  try {
    key = createPrivateKey({ key: private_key, format: 'pem' })
  } catch {
    throw invalid('private_key', 'is not an unencrypted PEM private key')
  }
  const spki = (k: KeyObject) => k.export({ type: 'spki', format: 'der' })
  if (!spki(createPublicKey(key)).equals(spki(certificates[0]!.publicKey))) {
    throw invalid('private_key', 'does not match the first certificate of [certificate_content]')
  }
}

function invalid(param: string, reason: string): ApiError {
  return new ApiError('InvalidParameter', { param, reason })
}
