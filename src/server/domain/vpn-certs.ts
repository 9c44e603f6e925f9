import { createHash } from 'node:crypto'

/**
 * A router's OpenVPN client material (docs/compat.md#get-vpn-certs). No VPN server runs, so these
 * are stand-ins in the shapes clients store: PEM blocks and an OpenVPN static key, derived from the
 * router's id and creation time so that every call answers the same for the same router.
 */
export interface VpnCerts {
  ca_cert: string
  client_crt: string
  client_key: string
  static_key: string
  linux_conf_sample: string
  windows_conf_sample: string
  mac_conf_sample: string
}

type RouterKey = { router_id: string; create_time: string }

/** `bytes` bytes derived from the router and a purpose. */
function derived(router: RouterKey, purpose: string, bytes: number): Buffer {
  const blocks: Buffer[] = []
  for (let block = 0; blocks.length * 32 < bytes; block++) {
    blocks.push(createHash('sha256').update(`${router.router_id}|${router.create_time}|${purpose}|${block}`).digest())
  }
  return Buffer.concat(blocks).subarray(0, bytes)
}

/** Data framed as PEM (or an OpenVPN static key): `label` lines around the data in lines of `width`. */
function framed(label: string, text: string, width: number): string {
  const lines = text.match(new RegExp(`.{1,${width}}`, 'g')) ?? []
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`, ''].join('\n')
}

const pem = (router: RouterKey, label: string, purpose: string, bytes: number) =>
  framed(label, derived(router, purpose, bytes).toString('base64'), 64)

/** `server` is the address clients dial: the router's EIP, else its private address. */
export function vpnCerts(router: RouterKey, server: string): VpnCerts {
  const ca_cert = pem(router, 'CERTIFICATE', 'ca', 768)
  const client_crt = pem(router, 'CERTIFICATE', 'crt', 768)
  const client_key = pem(router, 'PRIVATE KEY', 'key', 1216)
  const static_key = framed('OpenVPN Static key V1', derived(router, 'static', 256).toString('hex'), 32)
  const conf = (eol: string, extra: string[]) =>
    [
      'client',
      'dev tun',
      'proto udp',
      `remote ${server} 1194`,
      'resolv-retry infinite',
      'nobind',
      'persist-key',
      'persist-tun',
      'ca ca.crt',
      'cert client.crt',
      'key client.key',
      'tls-auth takey.key 1',
      'comp-lzo',
      'verb 3',
      ...extra,
      '',
    ].join(eol)
  return {
    ca_cert,
    client_crt,
    client_key,
    static_key,
    linux_conf_sample: conf('\n', ['user nobody', 'group nogroup']),
    windows_conf_sample: conf('\r\n', []),
    mac_conf_sample: conf('\n', []),
  }
}
