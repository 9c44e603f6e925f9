import { ApiError } from '../../protocol/errors.js'
import { formatIp, inRange, parseCidr, parseIp, type AddressRange } from './addresses.js'

/** What addressing a VxNet has (docs/compat.md#join-leave-vxnet). */
export interface RoutedNetwork {
  ip_network: string
  manager_ip: string
  dyn_ip_start: string
  dyn_ip_end: string
}

/** The DHCP range a joined VxNet hands out. */
export function dhcpRange(net: Pick<RoutedNetwork, 'dyn_ip_start' | 'dyn_ip_end'>): AddressRange {
  return { first: parseIp(net.dyn_ip_start)!, last: parseIp(net.dyn_ip_end)! }
}

/**
 * A fixed address asked for in a joined VxNet must lie in its ip_network and not be the router's
 * address (docs/compat.md#join-leave-vxnet); whether it is free the unique NIC index decides.
 */
export function checkFixedIp(vxnet_id: string, net: RoutedNetwork, ip: string): void {
  const n = parseIp(ip)
  const network = parseCidr(net.ip_network)!
  if (n === undefined || !inRange(network, n) || ip === net.manager_ip) {
    throw new ApiError('PermissionDenied', {
      reason: `address [${ip}] is not available in vxnet [${vxnet_id}] (${net.ip_network}, router ${net.manager_ip})`,
    })
  }
}

const ALLOWED_NETWORKS = [/^192\.168\.\d{1,3}\.0\/24$/, /^172\.16\.\d{1,3}\.0\/24$/]

/**
 * JoinRouter's addressing: a /24 in 192.168.x.0 or 172.16.x.0; manager .1 and DHCP .2–.254 unless
 * given, all inside the network, the manager outside the range (docs/compat.md#router-addressing).
 */
export function routedNetwork(input: {
  ip_network: string
  manager_ip?: string | undefined
  dyn_ip_start?: string | undefined
  dyn_ip_end?: string | undefined
}): RoutedNetwork {
  const range = parseCidr(input.ip_network)
  if (!range || !ALLOWED_NETWORKS.some((re) => re.test(input.ip_network))) {
    throw new ApiError('InvalidParameter', {
      param: 'ip_network',
      reason: `must be a /24 in 192.168.x.0 or 172.16.x.0 (got [${input.ip_network}])`,
    })
  }
  const at = (offset: number) => formatIp(range.first - 1 + offset)
  const net = {
    ip_network: input.ip_network,
    manager_ip: input.manager_ip ?? at(1),
    dyn_ip_start: input.dyn_ip_start ?? at(2),
    dyn_ip_end: input.dyn_ip_end ?? at(254),
  }
  for (const field of ['manager_ip', 'dyn_ip_start', 'dyn_ip_end'] as const) {
    const n = parseIp(net[field])
    if (n === undefined || !inRange(range, n)) {
      throw new ApiError('InvalidParameter', {
        param: field,
        reason: `must be an address inside ${input.ip_network} (got [${net[field]}])`,
      })
    }
  }
  const dhcp = dhcpRange(net)
  if (dhcp.first > dhcp.last)
    throw new ApiError('InvalidParameter', { param: 'dyn_ip_end', reason: `must not be below dyn_ip_start [${net.dyn_ip_start}]` })
  if (inRange(dhcp, parseIp(net.manager_ip)!)) {
    throw new ApiError('InvalidParameter', {
      param: 'manager_ip',
      reason: `must lie outside the DHCP range ${net.dyn_ip_start}-${net.dyn_ip_end}`,
    })
  }
  return net
}
