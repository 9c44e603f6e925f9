import { ApiError } from '../../../protocol/errors.js'
import type { ListenerRow } from '../../db/stores/loadbalancers.js'

/** The certificate ids a listener row keeps (JSON text). */
export function certificateIdsOf(row: Pick<ListenerRow, 'server_certificate_id'>): string[] {
  const ids: unknown = JSON.parse(row.server_certificate_id)
  return Array.isArray(ids) ? ids.map(String) : []
}

/**
 * Certificate ids as sent: `server_certificate_id.N`, or several in one value as `a,b` (QingCloud's
 * page). Checked for shape only here; whether each exists is the server certificates' business
 * (docs/compat.md#loadbalancer-listeners).
 */
export function certificateIds(values: readonly string[] | undefined, param: string): string[] {
  const ids = [
    ...new Set(
      (values ?? [])
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ]
  for (const id of ids) {
    if (!/^sc-[A-Za-z0-9]+$/.test(id)) {
      throw new ApiError('InvalidParameter', { param, reason: `must name server certificates (sc-…) (got [${id}])` })
    }
  }
  return ids
}

const stickyKinds = new Map([
  ['insert', [2, 3]],
  ['prefix', [2, 2]],
  ['rewrite', [2, 2]],
  ['backend', [3, 3]],
])

const inRange = (text: string | undefined, min: number, max: number) =>
  text !== undefined && /^\d{1,6}$/.test(text) && Number(text) >= min && Number(text) <= max

/** The rules of a whole listener, checked after every change (docs/compat.md#loadbalancer-listeners). */
export function checkListener(row: ListenerRow, prefix: string): void {
  const param = (field: string) => (prefix ? `${prefix}.${field}` : field)
  const bad = (field: string, reason: string) => new ApiError('InvalidParameter', { param: param(field), reason })
  const { listener_protocol: protocol, backend_protocol: backend } = row
  if (backend !== protocol && !(protocol === 'https' && backend === 'http')) {
    throw bad('backend_protocol', `must be the listener's protocol ${protocol}${protocol === 'https' ? ' or http' : ''} (got [${backend}])`)
  }
  const certificates = certificateIdsOf(row)
  if (protocol === 'https' && certificates.length === 0) throw new ApiError('MissingParameter', { param: param('server_certificate_id') })
  if (protocol !== 'https' && certificates.length > 0)
    throw bad('server_certificate_id', `is for https listeners only (this one is ${protocol})`)
  if (row.session_sticky !== '') {
    const parts = row.session_sticky.split('|')
    const counts = stickyKinds.get(parts[0]!.toLowerCase())
    if (!protocol.startsWith('http')) throw bad('session_sticky', `is for http and https listeners only (this one is ${protocol})`)
    const timed = parts[0]!.toLowerCase() === 'insert' || parts[0]!.toLowerCase() === 'backend'
    if (
      !counts ||
      parts.length < counts[0]! ||
      parts.length > counts[1]! ||
      parts.slice(1).some((p) => p.trim() === '') ||
      (timed && !inRange(parts[parts.length - 1], 0, 86400 * 365))
    ) {
      throw bad(
        'session_sticky',
        `must be insert|name|timeout, prefix|name, rewrite|name or backend|name|timeout (got [${row.session_sticky}])`,
      )
    }
  }
  const method = row.healthy_check_method.split('|')
  const methodOk =
    (method.length === 1 && (method[0] === 'tcp' || method[0] === 'udp')) ||
    (method[0] === 'http' && method.length >= 2 && method.length <= 3 && method[1]!.startsWith('/'))
  if (!methodOk) throw bad('healthy_check_method', `must be tcp or http|/url|host (got [${row.healthy_check_method}])`)
  const [inter, timeout, fall, rise, ...rest] = row.healthy_check_option.split('|')
  if (rest.length > 0 || !inRange(inter, 2, 60) || !inRange(timeout, 5, 300) || !inRange(fall, 2, 10) || !inRange(rise, 2, 10)) {
    throw bad('healthy_check_option', `must be inter(2-60)|timeout(5-300)|fall(2-10)|rise(2-10) (got [${row.healthy_check_option}])`)
  }
}

/** A listener port already used on the load balancer, named in the message of the one parameter that asks for it. */
export function portTaken(port: number, loadbalancer_id: string, param: string): ApiError {
  return new ApiError('PermissionDenied', {
    reason: `port ${port} already has a listener on loadbalancer [${loadbalancer_id}] (${param})`,
  })
}
