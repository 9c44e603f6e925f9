import { p } from '../../params.js'
import { balanceModes, listenerProtocols } from '../../records/loadbalancer.js'

/**
 * The settings of a listener AddLoadBalancerListeners takes per listener and
 * ModifyLoadBalancerListenerAttributes changes (docs/compat.md#loadbalancer-listeners).
 */
export const listenerSettings = {
  loadbalancer_listener_name: p.string({ max: 256 }).describe('name'),
  balance_mode: p.enum(balanceModes).describe('roundrobin (default), leastconn or source'),
  session_sticky: p
    .string({ max: 256 })
    .describe('empty (off), insert|name|timeout, prefix|name, rewrite|name or backend|name|timeout; HTTP only'),
  forwardfor: p.int({ min: 0, max: 7 }).describe('bits: 1 X-Forwarded-For, 2 QC-LBID, 4 QC-LBIP'),
  healthy_check_method: p.string({ max: 512 }).describe('tcp (default) or http|url|host'),
  healthy_check_option: p.string({ max: 64 }).describe('inter|timeout|fall|rise, default 10|5|2|5'),
  listener_option: p.int({ min: 0, max: 15 }).describe('bits: 1 no URL check, 2 client IP, 4 gzip, 8 no weak ciphers'),
  timeout: p.int({ min: 10, max: 86400 }).describe('client and server timeout in seconds, default 50'),
  tunnel_timeout: p.int({ min: 10, max: 86400 }).describe('tunnel timeout in seconds; accepted, not kept'),
  scene: p.int({ allowed: [0, 1, 11] }).describe('accepted as the Go SDK sends it (0, 1 or 11)'),
}

export const listenerFields = {
  listener_port: p.int({ min: 1, max: 65535 }).required().describe('the port it listens on, unique on its load balancer'),
  listener_protocol: p.enum(listenerProtocols).required().describe('http, https, tcp or udp'),
  backend_protocol: p.enum(listenerProtocols).describe("the listener's protocol (http behind https); default: the listener's"),
  server_certificate_id: p.list(p.id('server_certificate'), { maxItems: 10 }).describe('server certificate IDs (sc-), needed by https'),
  ...listenerSettings,
}

export const backendFields = {
  resource_id: p.id('any').required().describe('an instance or router ID in the zone, or an IPv4 address'),
  port: p.int({ min: 1, max: 65535 }).required().describe('the port the backend serves on'),
  weight: p.int({ min: 1, max: 100 }).required().describe('its weight, 1-100'),
  loadbalancer_backend_name: p.string({ max: 256 }).describe('name'),
  loadbalancer_policy_id: p.id('loadbalancer_policy').describe('a forwarding policy ID (lbp-); default: the listener itself'),
}
