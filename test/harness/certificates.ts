import { createPublicKey, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto'
import type { QingClient } from '../../src/sdk/index.js'

/**
 * Self-signed certificates made at test time, so that no private key is committed: a minimal DER
 * writer for one X.509 v3 certificate (no extensions), signed with node:crypto.
 */
export interface TestCertificate {
  /** PEM certificate. */
  certificate: string
  /** PEM PKCS #8 private key of the certificate. */
  privateKey: string
}

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n])
  const bytes: number[] = []
  for (let rest = n; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff)
  return Buffer.from([0x80 | bytes.length, ...bytes])
}

const tlv = (tag: number, content: Buffer) => Buffer.concat([Buffer.from([tag]), length(content.length), content])
const sequence = (...parts: Buffer[]) => tlv(0x30, Buffer.concat(parts))
const integer = (value: Buffer) => tlv(0x02, value[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), value]) : value)
const utf8 = (text: string) => tlv(0x0c, Buffer.from(text, 'utf8'))
const utcTime = (date: Date) => tlv(0x17, Buffer.from(`${date.toISOString().slice(2, 19).replace(/[-T:]/g, '')}Z`))
const bitString = (bits: Buffer) => tlv(0x03, Buffer.concat([Buffer.from([0]), bits]))

function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split('.').map(Number)
  const bytes = [a! * 40 + b!]
  for (const arc of rest) {
    const chunk: number[] = [arc & 0x7f]
    for (let v = arc >>> 7; v > 0; v >>>= 7) chunk.unshift((v & 0x7f) | 0x80)
    bytes.push(...chunk)
  }
  return tlv(0x06, Buffer.from(bytes))
}

const name = (cn: string) => sequence(tlv(0x31, sequence(oid('2.5.4.3'), utf8(cn))))

const algorithms = {
  ec: sequence(oid('1.2.840.10045.4.3.2')),
  rsa: sequence(oid('1.2.840.113549.1.1.11'), Buffer.from([0x05, 0x00])),
}

function pem(label: string, der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? []
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`, ''].join('\n')
}

/** A self-signed certificate for `cn` (EC P-256 unless `type: 'rsa'`), valid from a day ago for a year. */
export function selfSigned(options: { cn?: string; type?: 'ec' | 'rsa'; key?: KeyObject } = {}): TestCertificate {
  const type = options.type ?? 'ec'
  const privateKey =
    options.key ??
    (type === 'ec'
      ? generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey
      : generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey)
  const publicKey = privateKey.asymmetricKeyType === 'ec' ? 'ec' : 'rsa'
  const spki = createPublicKey(privateKey).export({ type: 'spki', format: 'der' })
  const now = Date.now()
  // DER wants an integer's shortest form: a serial whose first byte is 0 (as the clock's last
  // digits gave for 17 minutes of every 28 hours) is not valid X.509. Its first byte is 1-127.
  const serial = randomBytes(8)
  serial[0] = (serial[0]! % 127) + 1
  const tbs = sequence(
    tlv(0xa0, integer(Buffer.from([2]))),
    integer(serial),
    algorithms[publicKey],
    name(options.cn ?? 'test.example.com'),
    sequence(utcTime(new Date(now - 86_400_000)), utcTime(new Date(now + 365 * 86_400_000))),
    name(options.cn ?? 'test.example.com'),
    spki,
  )
  const signature = sign('sha256', tbs, privateKey)
  return {
    certificate: pem('CERTIFICATE', sequence(tbs, algorithms[publicKey], bitString(signature))),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
  }
}

/** A server certificate of `client`'s user, made from a new self-signed pair; its id. */
export async function newCertificate(
  client: QingClient,
  extra: { project_id?: string; server_certificate_name?: string } = {},
): Promise<string> {
  const pair = selfSigned()
  const { server_certificate_id } = await client.createServerCertificate({
    certificate_content: pair.certificate,
    private_key: pair.privateKey,
    ...extra,
  })
  return server_certificate_id
}
