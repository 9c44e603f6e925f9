import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const vpnPlatforms = ['linux', 'windows', 'mac'] as const

export const GetVPNCerts = defineAction({
  name: 'GetVPNCerts',
  service: 'router',
  summary: "Get a router's OpenVPN client certificates and configuration samples (stable per router; no VPN server runs).",
  mode: 'sync',
  zone: 'required',
  // It hands out client keys, so a project role needs more than describe (docs/compat.md#get-vpn-certs).
  permission: { resource: 'router', operation: 'modify' },
  params: {
    router: p.id('router').required().describe('router ID'),
    platform: p
      .enum(vpnPlatforms)
      .describe('the platform the caller wants the configuration for; echoed back (all three samples are returned)'),
  },
  response: {
    router_id: z.string(),
    platform: z.string(),
    ca_cert: z.string(),
    client_crt: z.string(),
    client_key: z.string(),
    static_key: z.string(),
    linux_conf_sample: z.string(),
    windows_conf_sample: z.string(),
    mac_conf_sample: z.string(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
