import { describe, expect, it } from 'vitest'
import { checkIpsetVal, checkRule, type RuleFields } from './security-groups.js'

const tcp: RuleFields = { protocol: 'tcp', priority: 1, action: 'accept', direction: 0, val1: '22', val2: '', val3: '' }

describe('checkRule', () => {
  it('accepts single ports, ranges, all ports and CIDRs', () => {
    expect(() => checkRule(tcp, 'rules.1')).not.toThrow()
    expect(() => checkRule({ ...tcp, val1: '80', val2: '443', val3: '10.0.0.0/8' }, 'rules.1')).not.toThrow()
    expect(() => checkRule({ ...tcp, val1: '' }, 'rules.1')).not.toThrow()
    expect(() => checkRule({ ...tcp, protocol: 'gre', val1: 'anything' }, 'rules.1')).not.toThrow()
  })

  it('names the field of a bad port, range, ICMP type or address', () => {
    expect(() => checkRule({ ...tcp, val1: '70000' }, 'rules.2')).toThrow(
      'parameter [rules.2.val1] must be a port from 1 to 65535 (got [70000])',
    )
    expect(() => checkRule({ ...tcp, val1: '90', val2: '80' }, 'rules.1')).toThrow('parameter [rules.1.val2] must not be below val1 [90]')
    expect(() => checkRule({ ...tcp, protocol: 'icmp', val1: '300' }, 'r')).toThrow('[r.val1] must be an ICMP type')
    expect(() => checkRule({ ...tcp, val3: '10.0.0.0/40' }, 'r')).toThrow('[r.val3] must be an IPv4 address or CIDR')
  })
})

describe('checkIpsetVal', () => {
  it('accepts comma or newline separated entries of the set type', () => {
    expect(() => checkIpsetVal(0, '192.168.1.0/24,10.0.0.1\n172.16.0.0/12')).not.toThrow()
    expect(() => checkIpsetVal(1, '22, 8000-9000')).not.toThrow()
  })

  it('names the wrong entry', () => {
    expect(() => checkIpsetVal(0, '10.0.0.1,nothing')).toThrow('parameter [val] must list IPv4 addresses or CIDRs (got [nothing])')
    expect(() => checkIpsetVal(1, '9000-8000')).toThrow('parameter [val] must list ports 1-65535 or ranges a-b (got [9000-8000])')
  })

  it('lets rules name a set instead of ports or addresses', () => {
    expect(() => checkRule({ ...tcp, val1: 'sgi-abcdefgh', val3: 'sgi-12345678' }, 'r')).not.toThrow()
  })
})
