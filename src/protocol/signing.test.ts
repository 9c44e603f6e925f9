import { describe, expect, it } from 'vitest'
import { canonicalEncode, canonicalQuery, hmacBase64, signRequest, stringToSign, type ParamPair } from './signing.js'

// Test vector 1 from QingCloud's signature page (docs/compat.md#signature).
const vector1: ParamPair[] = [
  ['count', '1'],
  ['vxnets.1', 'vxnet-0'],
  ['zone', 'pek3a'],
  ['instance_type', 'small_b'],
  ['signature_version', '1'],
  ['signature_method', 'HmacSHA256'],
  ['instance_name', 'demo'],
  ['image_id', 'centos64x86a'],
  ['login_mode', 'passwd'],
  ['login_passwd', 'QingCloud20130712'],
  ['version', '1'],
  ['access_key_id', 'QYACCESSKEYIDEXAMPLE'],
  ['action', 'RunInstances'],
  ['time_stamp', '2013-08-27T14:30:10Z'],
]

describe('signature version 1', () => {
  it('builds the documented canonical query', () => {
    expect(canonicalQuery(vector1)).toBe(
      'access_key_id=QYACCESSKEYIDEXAMPLE&action=RunInstances&count=1&image_id=centos64x86a&instance_name=demo&instance_type=small_b&login_mode=passwd&login_passwd=QingCloud20130712&signature_method=HmacSHA256&signature_version=1&time_stamp=2013-08-27T14%3A30%3A10Z&version=1&vxnets.1=vxnet-0&zone=pek3a',
    )
  })

  it('matches the docs vector with HmacSHA256', () => {
    const signature = signRequest({ verb: 'GET', path: '/iaas/', pairs: vector1, secret: 'SECRETACCESSKEY', method: 'HmacSHA256' })
    expect(signature).toBe('byjccvWIvAftaq+oublemagH3bYAlDWxxLFAzAsyslw=')
    expect(canonicalEncode(signature)).toBe('byjccvWIvAftaq%2BoublemagH3bYAlDWxxLFAzAsyslw%3D')
  })

  it('matches the computed HmacSHA1 value of the same string', () => {
    const sha1 = vector1.map(([k, v]): ParamPair => [k, k === 'signature_method' ? 'HmacSHA256' : v])
    expect(signRequest({ verb: 'GET', path: '/iaas/', pairs: sha1, secret: 'SECRETACCESSKEY', method: 'HmacSHA1' })).toBe(
      '+ffj/ZPj9w+B4YeuQmKrQuQ/rS8=',
    )
  })

  it('matches the Go SDK vector with zone pek1 (vector 2)', () => {
    const pairs = vector1.map(([k, v]): ParamPair => [k, k === 'zone' ? 'pek1' : v])
    expect(signRequest({ verb: 'GET', path: '/iaas/', pairs, secret: 'SECRETACCESSKEY', method: 'HmacSHA256' })).toBe(
      '32bseYy39DOlatuewpeuW5vpmW51sD1A/JdGynqSpP8=',
    )
  })

  it('signs the path as given, without a trailing slash (vector 3)', () => {
    const text = stringToSign(
      'GET',
      '/iaas',
      canonicalQuery([
        ['verbose', '1'],
        ['time_stamp', '0001-01-01T00:00:00Z'],
        ['signature_version', '1'],
        ['signature_method', 'HmacSHA256'],
        ['instance.0', 'i-xxxxxxxx'],
        ['action', 'DescribeInstance'],
        ['access_key_id', 'ENV_ACCESS_KEY_ID'],
      ]),
    )
    expect(hmacBase64(text, 'ENV_SECRET_ACCESS_KEY', 'HmacSHA256')).toBe('ZHa2iQ8PeyP1ktMF9C+DjOQBl537ti9RnYZ1Qqr6KRg=')
  })

  it('encodes exactly the unreserved set bare, spaces as %20, hex upper-case', () => {
    expect(canonicalEncode("a b+c/d=e~f-g_h.i!j'k(l)m*n:项")).toBe('a%20b%2Bc%2Fd%3De~f-g_h.i%21j%27k%28l%29m%2An%3A%E9%A1%B9')
  })

  it('sorts names by code point, so x.10 comes before x.2', () => {
    expect(
      canonicalQuery([
        ['x.2', 'b'],
        ['x.10', 'a'],
        ['version', '1'],
        ['signature', 'drop me'],
      ]),
    ).toBe('version=1&x.10=a&x.2=b')
  })
})
