import { describe, expect, it } from 'vitest'
import { checkFixedIp, routedNetwork } from './vxnets.js'

describe('routedNetwork', () => {
  it('fills QingCloud defaults for a /24', () => {
    expect(routedNetwork({ ip_network: '192.168.7.0/24' })).toEqual({
      ip_network: '192.168.7.0/24',
      manager_ip: '192.168.7.1',
      dyn_ip_start: '192.168.7.2',
      dyn_ip_end: '192.168.7.254',
    })
  })

  it('refuses other networks, addresses outside and a manager inside the range', () => {
    expect(() => routedNetwork({ ip_network: '10.0.0.0/24' })).toThrow('parameter [ip_network] must be a /24 in 192.168.x.0 or 172.16.x.0')
    expect(() => routedNetwork({ ip_network: '172.16.3.0/24', dyn_ip_start: '172.16.4.2' })).toThrow(
      'parameter [dyn_ip_start] must be an address inside',
    )
    expect(() => routedNetwork({ ip_network: '172.16.3.0/24', manager_ip: '172.16.3.9' })).toThrow(
      'parameter [manager_ip] must lie outside the DHCP range',
    )
  })
})

describe('checkFixedIp', () => {
  const net = routedNetwork({ ip_network: '192.168.1.0/24' })
  it('accepts an address of the network and refuses the router’s or a foreign one', () => {
    expect(() => checkFixedIp('vxnet-a', net, '192.168.1.20')).not.toThrow()
    expect(() => checkFixedIp('vxnet-a', net, '192.168.1.1')).toThrow(
      'PermissionDenied, address [192.168.1.1] is not available in vxnet [vxnet-a]',
    )
    expect(() => checkFixedIp('vxnet-a', net, '192.168.2.20')).toThrow('not available')
  })
})
