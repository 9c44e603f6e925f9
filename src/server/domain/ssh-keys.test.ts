import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { encryptMethods } from '../../protocol/records/keypair.js'
import { generateSshKeyPair, parseSshPublicKey, sshPublicBlob } from './ssh-keys.js'

/** Reads SSH `string`s one after another from a buffer. */
function reader(buffer: Buffer, at = 0) {
  return {
    skip: (bytes: number) => void (at += bytes),
    next: (): Buffer => {
      const length = buffer.readUInt32BE(at)
      at += 4 + length
      return buffer.subarray(at - length, at)
    },
  }
}

/** PEM through node:crypto; OpenSSH's own Ed25519 container by hand (its secret is seed then public key). */
function privateKeyOf(text: string): KeyObject {
  if (!text.startsWith('-----BEGIN OPENSSH PRIVATE KEY-----')) return createPrivateKey(text)
  const body = Buffer.from(text.split('\n').slice(1, -2).join(''), 'base64')
  expect(body.subarray(0, 15).toString('latin1')).toBe('openssh-key-v1\u0000')
  const outer = reader(body, 15)
  expect([outer.next(), outer.next(), outer.next()].map(String)).toEqual(['none', 'none', ''])
  outer.skip(4) // the number of keys: one
  outer.next() // the public blob
  const secret = outer.next()
  expect(secret.readUInt32BE(0)).toBe(secret.readUInt32BE(4))
  const inner = reader(secret, 8)
  expect(String(inner.next())).toBe('ssh-ed25519')
  const pub = inner.next()
  const pair = inner.next()
  expect(pair.subarray(32).equals(pub)).toBe(true)
  const jwk = { kty: 'OKP', crv: 'Ed25519', d: pair.subarray(0, 32).toString('base64url'), x: pub.toString('base64url') }
  return createPrivateKey({ key: jwk, format: 'jwk' })
}

describe('SSH key pairs', () => {
  it.each(encryptMethods)('%s: the stored public key is the private key’s own, in OpenSSH format', async (method) => {
    const { pub_key, private_key } = await generateSshKeyPair(method)
    expect(private_key).toMatch(/^-----BEGIN [A-Z ]*PRIVATE KEY-----\n/)
    const derived = sshPublicBlob(method, createPublicKey(privateKeyOf(private_key))).toString('base64')
    expect(pub_key).toBe(derived)
    // The blob starts with its type name, and a user-supplied copy parses back to the same key.
    expect(parseSshPublicKey(`${method} ${pub_key} me@host`)).toEqual({ encrypt_method: method, pub_key })
  })

  it('encodes RSA in the well-known shape: type, exponent 65537, a 2048-bit modulus', async () => {
    const blob = Buffer.from((await generateSshKeyPair('ssh-rsa')).pub_key, 'base64')
    expect(blob.subarray(0, 11).toString('latin1')).toBe('\u0000\u0000\u0000\u0007ssh-rsa')
    expect(blob.subarray(11, 18).toString('hex')).toBe('00000003010001')
    expect(blob.readUInt32BE(18)).toBe(257) // 256 bytes and a leading zero
  })

  it('accepts a bare body and rejects anything else with 1100', async () => {
    const { pub_key } = await generateSshKeyPair('ssh-ed25519')
    expect(parseSshPublicKey(pub_key).encrypt_method).toBe('ssh-ed25519')
    for (const bad of ['', 'ssh-rsa', 'ssh-rsa not-base64!', `ssh-rsa ${pub_key}`, 'AAAAB3NzaC1yc2E=']) {
      expect(() => parseSshPublicKey(bad)).toThrow(/parameter \[public_key\]/)
    }
  })
})
