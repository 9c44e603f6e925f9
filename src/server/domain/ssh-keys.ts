import { createPublicKey, generateKeyPair, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto'
import { promisify } from 'node:util'
import { ApiError } from '../../protocol/errors.js'
import { encryptMethods, type EncryptMethod } from '../../protocol/records/keypair.js'

/**
 * Real SSH key pairs for CreateKeyPair (docs/compat.md#private-key-formats). The public key is kept in OpenSSH
 * wire format (RFC 4253 §6.6, RFC 5656, RFC 8709) as its base64 body (docs/compat.md#pub-key); the private key
 * is PEM and leaves the server once, in the response.
 */

function sshString(data: Buffer | string): Buffer {
  const body = typeof data === 'string' ? Buffer.from(data) : data
  const length = Buffer.alloc(4)
  length.writeUInt32BE(body.length)
  return Buffer.concat([length, body])
}

/** An SSH mpint: big-endian, with a leading zero byte when the top bit is set. */
function sshMpint(bigEndian: Buffer): Buffer {
  let start = 0
  while (start < bigEndian.length - 1 && bigEndian[start] === 0) start++
  const trimmed = bigEndian.subarray(start)
  return sshString(trimmed[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed)
}

const b64url = (text: string | undefined): Buffer => Buffer.from(text ?? '', 'base64url')

/** Reads the INTEGERs of a DSA SubjectPublicKeyInfo (p, q, g, then y) from its DER. */
function dsaIntegers(der: Buffer): Buffer[] {
  const integers: Buffer[] = []
  const walk = (start: number, end: number): void => {
    let at = start
    while (at < end) {
      const tag = der[at]!
      let length = der[at + 1]!
      let header = 2
      if (length & 0x80) {
        const bytes = length & 0x7f
        length = der.readUIntBE(at + 2, bytes)
        header += bytes
      }
      const body = at + header
      if (tag === 0x02) integers.push(der.subarray(body, body + length))
      else if (tag === 0x30) walk(body, body + length)
      else if (tag === 0x03) walk(body + 1, body + length) // BIT STRING: skip the unused-bits byte
      at = body + length
    }
  }
  walk(0, der.length)
  return integers
}

/** The OpenSSH public key blob of a node:crypto public key. */
export function sshPublicBlob(method: EncryptMethod, key: KeyObject): Buffer {
  switch (method) {
    case 'ssh-rsa': {
      const jwk = key.export({ format: 'jwk' })
      return Buffer.concat([sshString('ssh-rsa'), sshMpint(b64url(jwk.e)), sshMpint(b64url(jwk.n))])
    }
    case 'ssh-dss': {
      const [p, q, g, y] = dsaIntegers(key.export({ format: 'der', type: 'spki' }))
      return Buffer.concat([sshString('ssh-dss'), ...[p!, q!, g!, y!].map(sshMpint)])
    }
    case 'ecdsa-sha2-nistp521': {
      const jwk = key.export({ format: 'jwk' })
      const point = Buffer.concat([Buffer.from([4]), b64url(jwk.x), b64url(jwk.y)])
      return Buffer.concat([sshString(method), sshString('nistp521'), sshString(point)])
    }
    case 'ssh-ed25519':
      return Buffer.concat([sshString(method), sshString(b64url(key.export({ format: 'jwk' }).x))])
  }
}

/**
 * OpenSSH reads Ed25519 private keys only in its own container (PROTOCOL.key of OpenSSH): an
 * unencrypted `openssh-key-v1` holding the public blob and the 64-byte secret (seed, then public).
 */
function opensshEd25519(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' })
  const pub = b64url(jwk.x)
  const blob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)])
  const check = randomBytes(4)
  let secret = Buffer.concat([check, check, blob, sshString(Buffer.concat([b64url(jwk.d), pub])), sshString('')])
  const padding = Array.from({ length: (8 - (secret.length % 8)) % 8 }, (_, i) => i + 1)
  secret = Buffer.concat([secret, Buffer.from(padding)])
  const count = Buffer.alloc(4)
  count.writeUInt32BE(1)
  const body = Buffer.concat([
    Buffer.from('openssh-key-v1\0'),
    sshString('none'),
    sshString('none'),
    sshString(''),
    count,
    sshString(blob),
    sshString(secret),
  ])
  const lines = body
    .toString('base64')
    .match(/.{1,70}/g)!
    .join('\n')
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines}\n-----END OPENSSH PRIVATE KEY-----\n`
}

const generate = promisify(generateKeyPair)
const pem = { publicKeyEncoding: { type: 'spki', format: 'pem' } } as const

/**
 * A fresh key pair: the base64 public blob to store, and the private key (PEM, or OpenSSH's own
 * format for Ed25519) to hand out once. Generated off the event loop: RSA takes a while.
 */
export async function generateSshKeyPair(method: EncryptMethod): Promise<{ pub_key: string; private_key: string }> {
  if (method === 'ssh-ed25519') {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519')
    return { pub_key: sshPublicBlob(method, publicKey).toString('base64'), private_key: opensshEd25519(privateKey) }
  }
  const pair =
    method === 'ssh-rsa'
      ? await generate('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, ...pem })
      : method === 'ssh-dss'
        ? await generate('dsa', { modulusLength: 1024, divisorLength: 160, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, ...pem })
        : await generate('ec', { namedCurve: 'P-521', privateKeyEncoding: { type: 'sec1', format: 'pem' }, ...pem })
  return { pub_key: sshPublicBlob(method, createPublicKey(pair.publicKey)).toString('base64'), private_key: pair.privateKey }
}

/**
 * A caller's OpenSSH public key (`ssh-rsa AAAA… comment`, or the bare base64 body): the key's own
 * type decides `encrypt_method` (docs/compat.md#private-key-formats). Anything unreadable is 1100.
 */
export function parseSshPublicKey(text: string): { encrypt_method: EncryptMethod; pub_key: string } {
  const parts = text.trim().split(/\s+/)
  const body = parts.find((part) => part.startsWith('AAAA')) ?? ''
  const blob = /^[A-Za-z0-9+/]+={0,2}$/.test(body) ? Buffer.from(body, 'base64') : Buffer.alloc(0)
  const nameLength = blob.length >= 4 ? blob.readUInt32BE(0) : 0
  const type = blob.subarray(4, 4 + nameLength).toString('latin1')
  const method = encryptMethods.find((m) => m === type)
  if (!method || nameLength === 0 || blob.length <= 4 + nameLength || (parts.length > 1 && parts[0] !== method && parts[0] !== body)) {
    throw new ApiError('InvalidParameter', {
      param: 'public_key',
      reason: `is not an OpenSSH public key of type ${encryptMethods.join(', ')}`,
    })
  }
  return { encrypt_method: method, pub_key: blob.toString('base64') }
}
